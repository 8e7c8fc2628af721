import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';

export interface ReleaseLocale {
  code: string;
  htmlLang: string;
}

/**
 * What a release must have before it may go live: every locale's home page, and a Pagefind
 * index with pages for every locale. Returns the problems found (empty when fine).
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
  try {
    const entry = JSON.parse(await readFile(path.join(dir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
      languages?: Record<string, { page_count?: number }>;
    };
    for (const { htmlLang } of locales) {
      if (!entry.languages?.[htmlLang]?.page_count) problems.push(`the search index has no pages in "${htmlLang}"`);
    }
  } catch {
    problems.push('the search index (pagefind/pagefind-entry.json) is missing or unreadable');
  }
  return problems;
}
