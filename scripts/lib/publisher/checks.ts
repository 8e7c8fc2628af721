import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';

export interface ReleaseLocale {
  code: string;
  htmlLang: string;
}

/**
 * What a release must have before it may go live: every locale's home page, and a search
 * bundle (pagefind/<locale>/, site/src/search/bundle-path.ts) with pages for every locale.
 * Returns the problems found (empty when fine).
 */
export async function checkRelease(dir: string, locales: ReleaseLocale[]): Promise<string[]> {
  const problems: string[] = [];
  for (const { code } of locales) {
    try {
      if (!(await stat(path.join(dir, code, 'index.html'))).isFile()) problems.push(`/${code}/index.html is not a file`);
    } catch {
      problems.push(`/${code}/index.html is missing`);
    }
  }
  for (const { code, htmlLang } of locales) {
    const entryFile = `pagefind/${code}/pagefind-entry.json`;
    try {
      const entry = JSON.parse(await readFile(path.join(dir, entryFile), 'utf8')) as {
        languages?: Record<string, { page_count?: number }>;
      };
      if (!entry.languages?.[htmlLang]?.page_count) problems.push(`the search index has no pages in "${htmlLang}" (${entryFile})`);
    } catch {
      problems.push(`the search index ${entryFile} is missing or unreadable`);
    }
  }
  return problems;
}
