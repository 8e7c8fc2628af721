import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import node from '@astrojs/node';
import { DEFAULT_LOCALE, LOCALES } from './src/i18n/locales';
import { pagefind } from './src/integrations/pagefind';
import { builtPages } from './src/integrations/built-pages';
import { sitemapAlternates } from './src/integrations/sitemap-alternates';
import { previewServer } from './src/integrations/preview-server';
import { mediaOutput } from './src/integrations/media-output';
import { contentStore } from './src/integrations/content-store';
import { serviceWorker } from './src/integrations/service-worker';
import { movedPathRedirects } from './src/integrations/moved-path-redirects';
import { paths } from './src/utils/urls';

// SITE_MODE=preview builds the preview server (a Node server for editors' previews of drafts)
// instead of the public static site; the two never share a build.
const previewMode = process.env.SITE_MODE === 'preview';

// Uploaded images come from the CMS, or from MEDIA_URL (a CDN, or S3-compatible storage).
const mediaOrigins = [process.env.CMS_URL, process.env.MEDIA_URL].filter((url): url is string => Boolean(url)).map((url) => new URL(url));

// Started right after the built pages are read, finished after the steps that run meanwhile.
const search = pagefind();
// Pages take the synced content store from memory; it is written while the search index is made.
const store = contentStore();

const UNLISTED_PAGES = new Set(['/', ...LOCALES.flatMap((locale) => [`/${locale}/404/`, paths.offline(locale)])]);

// Everything locale-related derives from @integra/contract's locales (via src/i18n/locales.ts).
export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  // Tests and the publisher build into their own folders, each with its own content cache.
  outDir: process.env.SITE_OUT_DIR ?? (previewMode ? './dist-preview' : './dist'),
  cacheDir: process.env.SITE_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  // Pages render while others wait on disk writes: 4 at a time renders ~30 % faster on 2 cores
  // (docs/performance.md).
  build: { format: 'directory', concurrency: 4 },
  // SITE_INCREMENTAL=true (the publisher's switch, docs/publishing.md) re-renders only pages
  // whose cacheKey (src/lib/cache-keys.ts) or code changed; the others are copied from the
  // copies Astro keeps in cacheDir (incremental-build.json and dist/).
  experimental: { incrementalBuild: process.env.SITE_INCREMENTAL === 'true' },
  i18n: {
    locales: [...LOCALES],
    defaultLocale: DEFAULT_LOCALE,
    // The preview route (/preview/<type>/<locale>/…) has its locale as a path segment, which is
    // what Astro's i18n middleware asks of on-demand pages.
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  ...(previewMode && { output: 'server', adapter: node({ mode: 'standalone' }) }),
  image: {
    // Images uploaded to the CMS are optimised at build time (responsive, AVIF/WebP).
    // They are downloaded at build time and served from the site itself (the CSP allows no
    // other image origin).
    remotePatterns: mediaOrigins.map((url) => ({
      protocol: url.protocol.replace(':', ''),
      hostname: url.hostname,
      port: url.port || undefined,
    })),
  },
  vite: {
    build: {
      // Scripts are always files, never inlined: the Content-Security-Policy (public/_headers)
      // allows no inline script. Stylesheets keep Vite's default (inlined under 4 kB).
      assetsInlineLimit: (file: string) => (file.endsWith('.js') ? false : undefined),
    },
  },
  integrations: previewMode
    ? [previewServer()]
    : [
        // Pages take the content store from memory, not from a copy compiled into the bundle.
        store.setup,
        // Reads the built pages once for the integrations after it (only those Astro rendered,
        // in an incremental build).
        builtPages(),
        // Search bundles are indexed in Pagefind's own process while the next steps run.
        search.start,
        // Then the content store is written, in this process, while Pagefind works in its own.
        store.write,
        // Uploaded files that pages link to are copied into the site (/media/…).
        mediaOutput(),
        // The language-choice page at /, the 404 and offline pages are not for search engines.
        sitemap({ serialize: sitemapAlternates, filter: (page) => !UNLISTED_PAGES.has(new URL(page).pathname) }),
        // Paths of earlier releases redirect to where their pages are now (_redirects).
        movedPathRedirects(),
        search.finish,
        store.written,
        // After the search index: the service worker's release id covers the search bundles.
        serviceWorker(),
      ],
});
