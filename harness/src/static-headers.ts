import { readFileSync } from 'node:fs';

/** One block of a _headers file: a path pattern and the headers for paths it matches. */
export interface HeaderRule {
  pattern: string;
  headers: [name: string, value: string][];
}

/**
 * Parses a _headers file (the format Netlify and Cloudflare Pages read): a line starting with
 * "/" opens a path pattern, indented "Name: value" lines under it are its headers, "#" starts a
 * comment. A malformed line throws with its number: a typo must not silently drop a header.
 */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  text.split('\n').forEach((line, index) => {
    if (!line.trim() || line.trim().startsWith('#')) return;
    if (!/^\s/.test(line)) {
      if (!line.startsWith('/')) throw new Error(`_headers line ${index + 1}: a path must start with "/": ${line}`);
      rules.push({ pattern: line.trim(), headers: [] });
      return;
    }
    const match = /^\s+([A-Za-z0-9-]+):\s*(.+)$/.exec(line);
    if (!match || rules.length === 0) throw new Error(`_headers line ${index + 1}: expected "Name: value" under a path: ${line.trim()}`);
    rules.at(-1)!.headers.push([match[1]!, match[2]!.trim()]);
  });
  return rules;
}

/** Whether a pattern ("/*", "/_astro/*", "/lv/") matches a request path; "*" matches anything. */
export function patternMatches(pattern: string, pathname: string): boolean {
  const regex = new RegExp(
    `^${pattern
      .split('*')
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
  return regex.test(pathname);
}

/** Headers for a request path: every matching block's, in file order. */
export function headersFor(rules: HeaderRule[], pathname: string): [string, string][] {
  return rules.filter((rule) => patternMatches(rule.pattern, pathname)).flatMap((rule) => rule.headers);
}

/**
 * A host configuration file of a release (`_headers`, `_redirects`) parsed, or no rules when
 * the release has no such file.
 */
export function readHostFile<Rule>(root: string, name: string, parse: (text: string) => Rule[]): Rule[] {
  try {
    return parse(readFileSync(`${root}/${name}`, 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}
