import type { MovedPath } from '@integra/contract/legacy-paths';
import { hostFileLines, quoted } from './static-headers.ts';

/**
 * Parses a release's `_redirects` file (the format Netlify and Cloudflare Pages read), the part
 * of it the site writes: "from to 301" per line, a folder as "/old/* /new/:splat 301" (the
 * folder itself and everything under it), "#" starts a comment. Anything else throws with its
 * line number: a rule the host would read differently must not be served silently.
 */
export function parseRedirectsFile(text: string): MovedPath[] {
  const moved: MovedPath[] = [];
  hostFileLines(text).forEach((line, index) => {
    if (!line.trim() || line.trim().startsWith('#')) return;
    const fail = (why: string) => new Error(`_redirects line ${index + 1}: ${why}: ${quoted(line.trim())}`);
    const [from, to, status, ...rest] = line.trim().split(/\s+/);
    if (!from?.startsWith('/') || !to?.startsWith('/') || rest.length > 0) throw fail('expected "/from /to 301"');
    if (status !== '301') throw fail('only permanent redirects (301) are served');
    // A target a browser reads as another host ("//evil.example", "/\evil.example") or as an
    // empty folder would make this an open redirect.
    if (/^\/[/\\]/.test(to) || to.startsWith('/:splat')) throw fail('a target must be a path of this site');
    if (from.endsWith('/*') !== to.endsWith('/:splat')) throw fail('a folder "/*" redirects to a folder "/:splat", a file to a file');
    if (from.endsWith('/*')) moved.push({ from: from.slice(0, -2), to: to.slice(0, -'/:splat'.length), match: 'prefix' });
    else if (from.includes('*') || to.includes(':')) throw fail('"*" and ":splat" only end a folder rule');
    else moved.push({ from, to, match: 'exact' });
  });
  return moved;
}
