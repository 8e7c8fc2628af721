import { writeFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import { redirectsFile } from '@integra/contract/legacy-paths';

/**
 * Writes `_redirects` into the built site: the paths of earlier releases and where their pages
 * are now (@integra/contract/legacy-paths), as permanent redirects. Netlify and Cloudflare Pages
 * read the file as it is, the project's static server too; nginx has the same rules in
 * docs/deploy/legacy-redirects.conf.
 */
export function movedPathRedirects(): AstroIntegration {
  return {
    name: 'integra:moved-path-redirects',
    hooks: {
      'astro:build:done': ({ dir }) => {
        writeFileSync(new URL('_redirects', dir), redirectsFile());
      },
    },
  };
}
