import { readFileSync } from 'node:fs';
import { validateHeaderValue } from 'node:http';

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
  hostFileLines(text).forEach((line, index) => {
    if (!line.trim() || line.trim().startsWith('#')) return;
    const fail = (why: string) => new Error(`_headers line ${index + 1}: ${why}: ${quoted(line.trim())}`);
    if (!/^\s/.test(line)) {
      if (!line.startsWith('/')) throw fail('a path must start with "/"');
      rules.push({ pattern: line.trim(), headers: [] });
      return;
    }
    const match = /^\s+([A-Za-z0-9-]+):\s*(.+)$/.exec(line);
    if (!match || rules.length === 0) throw fail('expected "Name: value" under a path');
    const [name, value] = [match[1]!, match[2]!.trim()];
    // A value Node would refuse to send would make every response on the path fail.
    try {
      validateHeaderValue(name, value);
    } catch {
      throw fail('the value has characters a header cannot carry');
    }
    rules.at(-1)!.headers.push([name, value]);
  });
  return rules;
}

/** The lines of a host configuration file, with Windows line ends read as Unix ones. */
export const hostFileLines = (text: string) => text.split(/\r?\n/);

/** A line for an error message: at most 200 characters of it, so that a binary file cannot flood a log. */
export const quoted = (line: string) => (line.length > 200 ? `${line.slice(0, 200)}… (${line.length} characters)` : line);

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
