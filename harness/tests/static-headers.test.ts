import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile, patternMatches } from '../src/static-headers.ts';
import { REPO_ROOT, SITE_DIR } from '../src/paths.ts';

describe('_headers files', () => {
  it('parses paths and their headers, and matches "*" against any rest of the path', () => {
    const rules = parseHeadersFile('# comment\n/*\n  X-A: 1\n\n/_astro/*\n  Cache-Control: public, max-age=60\n');
    expect(headersFor(rules, '/_astro/app.js')).toEqual([
      ['X-A', '1'],
      ['Cache-Control', 'public, max-age=60'],
    ]);
    expect(headersFor(rules, '/lv/')).toEqual([['X-A', '1']]);
    expect(patternMatches('/lv/', '/lv/')).toBe(true);
    expect(patternMatches('/lv/', '/lv/x/')).toBe(false);
  });

  it('refuses a malformed line with its number instead of dropping a header', () => {
    expect(() => parseHeadersFile('/*\n  Content-Security-Policy default-src\n')).toThrow(/line 2/);
    expect(() => parseHeadersFile('  X-A: 1\n')).toThrow(/line 1/);
    expect(() => parseHeadersFile('lv/*\n')).toThrow(/must start with "\//);
  });

  it('refuses a value Node cannot send (it would fail every response on the path), naming the line', () => {
    expect(() => parseHeadersFile('/*\n  X-A: a\u0000b\n')).toThrow(/line 2: the value has characters a header cannot carry/);
    expect(() => parseHeadersFile('/*\n  X-Site: Rīga\n')).toThrow(/line 2: the value has characters/);
  });

  it('reads Windows line ends as Unix ones', () => {
    expect(parseHeadersFile('/*\r\n  X-A: 1\r\n')).toEqual(parseHeadersFile('/*\n  X-A: 1\n'));
  });

  it('quotes at most 200 characters of a malformed line, so a binary file cannot flood a log', () => {
    const error = (() => {
      try {
        parseHeadersFile(`/*\n${'\u0001'.repeat(5_000_000)}\n`);
      } catch (e) {
        return (e as Error).message;
      }
    })();
    expect(error).toMatch(/^_headers line 2: .*\(5000000 characters\)$/s);
    expect(error!.length).toBeLessThan(300);
  });
});

/** Where docs/deploy/nginx.conf expects docs/deploy/security-headers.conf. */
const SNIPPET_PATH = '/etc/nginx/snippets/integra-security-headers.conf';

/** The headers of the `add_header Name "value" [always];` lines in some nginx configuration. */
const addHeaders = (text: string) => [...text.matchAll(/add_header ([\w-]+) "([^"]*)"(?: always)?;/g)].map((m) => [m[1]!, m[2]!]);

describe('the site’s security headers', () => {
  const rules = parseHeadersFile(readFileSync(path.join(SITE_DIR, 'public', '_headers'), 'utf8'));
  const pageHeaders = new Map(headersFor(rules, '/lv/'));
  const nginx = readFileSync(path.join(REPO_ROOT, 'docs', 'deploy', 'nginx.conf'), 'utf8');
  const snippet = readFileSync(path.join(REPO_ROOT, 'docs', 'deploy', 'security-headers.conf'), 'utf8');
  const snippetHeaders = addHeaders(snippet);

  it('give every page a Content-Security-Policy without inline scripts', () => {
    const csp = pageHeaders.get('Content-Security-Policy')!;
    expect(csp).toMatch(/script-src 'self' 'wasm-unsafe-eval';/);
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(csp).toMatch(/frame-ancestors 'none'/);
  });

  it('are the same in the nginx snippet', () => {
    const block = /# BEGIN headers[^\n]*\n([\s\S]*?)# END headers/.exec(snippet)![1]!;
    const fromNginx = [...block.matchAll(/add_header ([\w-]+) "([^"]*)" always;/g)].map((m) => [m[1], m[2]]);
    expect(fromNginx).toEqual([...pageHeaders]);
  });

  it('reach every path in nginx: the server and each location with headers of its own include the snippet', () => {
    expect(nginx).toContain(`    include ${SNIPPET_PATH};\n`);
    const locations = [...nginx.matchAll(/^\s*location ([^{]+)\{([^}]*)\}/gm)];
    const withHeaders = locations.filter((m) => m[2]!.includes('add_header'));
    expect(withHeaders.map((m) => m[1]!.trim())).toEqual(['/_astro/', '/media/', '= /sw.js']);
    for (const [, where, body] of withHeaders) expect(body, where).toContain(`include ${SNIPPET_PATH};`);
    // Per path, what nginx sends (the snippet, then the location's own) is what _headers says, plus HSTS.
    for (const file of ['/_astro/app.js', '/media/form.0123456789ab.pdf', '/sw.js']) {
      const body = withHeaders.find((m) => file.startsWith(m[1]!.replace(/^= /, '').trim()))![2]!;
      const sent = body
        .split('\n')
        .flatMap((line) => (line.includes(`include ${SNIPPET_PATH};`) ? snippetHeaders : addHeaders(line)))
        .filter(([name]) => name !== 'Strict-Transport-Security');
      expect(sent, file).toEqual(headersFor(rules, file));
    }
    expect(snippetHeaders.at(-1)).toEqual(['Strict-Transport-Security', 'max-age=31536000; includeSubDomains']);
  });

  it('never let a browser keep the service worker: nginx revalidates /sw.js like _headers says', () => {
    expect(new Map(headersFor(rules, '/sw.js')).get('Cache-Control')).toBe('no-cache');
    expect(new Map(headersFor(rules, '/sw-release.0123456789ab.js')).get('Cache-Control')).toBeUndefined();
    const block = nginx.slice(nginx.indexOf('location = /sw.js {'), nginx.indexOf('}', nginx.indexOf('location = /sw.js {')));
    expect(block).toContain('add_header Cache-Control "no-cache";');
  });

  it('keep uploaded files from running anything, while PDFs still open in the browser', () => {
    const media = headersFor(rules, '/media/form.0123456789ab.pdf').filter(([name]) => name === 'Content-Security-Policy');
    expect(media.at(-1)![1]).toBe("default-src 'none'; img-src 'self'; media-src 'self'; object-src 'self'; frame-ancestors 'none'");
    expect(media.at(-1)![1]).not.toMatch(/sandbox|script-src/);
    expect(new Map(headersFor(rules, '/media/x.pdf')).get('X-Content-Type-Options')).toBe('nosniff');
  });

  it('cache the same hashed paths for a year in nginx as in _headers', () => {
    const longCached = ['/_astro/app.js', '/media/form.0123456789ab.pdf'];
    for (const file of longCached) {
      const cacheControl = new Map(headersFor(rules, file)).get('Cache-Control');
      expect(cacheControl, file).toBe('public, max-age=31536000, immutable');
      const location = `location /${file.split('/')[1]}/ {`;
      const block = nginx.slice(nginx.indexOf(location), nginx.indexOf('}', nginx.indexOf(location)));
      expect(nginx.includes(location), location).toBe(true);
      expect(block, location).toContain(`add_header Cache-Control "${cacheControl}";`);
    }
  });
});
