import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile, patternMatches } from '../lib/static-headers.ts';
import { REPO_ROOT, SITE_DIR } from '../lib/paths.ts';

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
});

describe('the site’s security headers', () => {
  const rules = parseHeadersFile(readFileSync(path.join(SITE_DIR, 'public', '_headers'), 'utf8'));
  const pageHeaders = new Map(headersFor(rules, '/lv/'));

  it('give every page a Content-Security-Policy without inline scripts', () => {
    const csp = pageHeaders.get('Content-Security-Policy')!;
    expect(csp).toMatch(/script-src 'self' 'wasm-unsafe-eval';/);
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(csp).toMatch(/frame-ancestors 'none'/);
  });

  it('are the same in the nginx configuration', () => {
    const nginx = readFileSync(path.join(REPO_ROOT, 'docs', 'deploy', 'nginx.conf'), 'utf8');
    const block = /# BEGIN headers[^\n]*\n([\s\S]*?)# END headers/.exec(nginx)![1]!;
    const fromNginx = [...block.matchAll(/add_header ([\w-]+) "([^"]*)" always;/g)].map((m) => [m[1], m[2]]);
    expect(fromNginx).toEqual([...pageHeaders]);
  });

  it('cache the same hashed paths for a year in nginx as in _headers', () => {
    const nginx = readFileSync(path.join(REPO_ROOT, 'docs', 'deploy', 'nginx.conf'), 'utf8');
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
