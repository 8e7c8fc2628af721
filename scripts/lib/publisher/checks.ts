import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseHeadersFile } from '@integra/harness/static-headers';
import { parseRedirectsFile } from '@integra/harness/static-redirects';

/** The host configuration files a release carries, and how a host reads each. */
const HOST_FILES: [name: string, parse: (text: string) => unknown][] = [
  ['_headers', parseHeadersFile],
  ['_redirects', parseRedirectsFile],
];

export interface ReleaseLocale {
  code: string;
  htmlLang: string;
}

/**
 * What a release must have before it may go live: every locale's home page, a search bundle
 * (pagefind/<locale>/, site/src/search/bundle-path.ts) with pages for every locale, and its
 * host configuration (`_headers`, `_redirects`) as the static host will read it: without
 * one, pages would go out without their security headers or moved paths without redirects,
 * and a malformed one would make the static server fail every request.
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
  for (const [name, parse] of HOST_FILES) {
    try {
      parse(await readFile(path.join(dir, name), 'utf8'));
    } catch (error) {
      const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
      problems.push(missing ? `/${name} is missing` : `/${name} is malformed: ${(error as Error).message}`);
    }
  }
  return problems;
}
