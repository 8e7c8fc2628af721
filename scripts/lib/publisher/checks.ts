import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';

export interface ReleaseLocale {
  code: string;
  htmlLang: string;
}

/**
 * What a release must have before it may go live: every locale's home page, and search bundles
 * (pagefind/<locale>/<section>/, one per section) with pages in every locale. Returns the
 * problems found (empty when fine).
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
    const bundles = await readdir(path.join(dir, 'pagefind', code)).catch(() => [] as string[]);
    let pages = 0;
    for (const bundle of bundles) {
      const entryFile = path.join('pagefind', code, bundle, 'pagefind-entry.json');
      try {
        const entry = JSON.parse(await readFile(path.join(dir, entryFile), 'utf8')) as {
          languages?: Record<string, { page_count?: number }>;
        };
        pages += entry.languages?.[htmlLang]?.page_count ?? 0;
      } catch {
        problems.push(`the search bundle ${entryFile} is missing or unreadable`);
      }
    }
    if (!pages) problems.push(`the search index has no pages in "${htmlLang}" (pagefind/${code}/)`);
  }
  return problems;
}
