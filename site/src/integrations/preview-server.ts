import type { AstroIntegration } from 'astro';

/**
 * Turns a build into the preview server (SITE_MODE=preview, see astro.config.ts): one
 * on-demand route that renders signed preview links with the site's own pages, and a
 * middleware that answers nothing else. The public build never includes either.
 */
export function previewServer(): AstroIntegration {
  return {
    name: 'integra:preview-server',
    hooks: {
      'astro:config:setup': ({ injectRoute, addMiddleware }) => {
        injectRoute({ pattern: '/preview/[type]/[locale]/[documentId]', entrypoint: './src/preview/PreviewRoute.astro', prerender: false });
        addMiddleware({ entrypoint: new URL('../preview/middleware.ts', import.meta.url), order: 'pre' });
      },
    },
  };
}
