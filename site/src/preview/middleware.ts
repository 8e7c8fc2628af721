import { defineMiddleware } from 'astro:middleware';

/**
 * The preview server answers previews only: every other page of the site is the public build's
 * job, so here it is a 404. Previews may be framed by the CMS admin (Strapi's preview panel)
 * and by nothing else.
 */
const frameAncestors = () => process.env.PREVIEW_FRAME_ANCESTORS || (process.env.CMS_URL ? new URL(process.env.CMS_URL).origin : "'none'");

/** /preview/<type>/<locale>/<documentId>/ (PreviewRoute.astro) and Astro's image endpoint. */
const ANSWERED = /^\/(preview\/[^/]+\/[^/]+\/[^/]+\/?|_image\/?)$/;

export const onRequest = defineMiddleware(async (context, next) => {
  if (!ANSWERED.test(context.url.pathname)) {
    return new Response('Not found: this server only renders previews for the CMS.', {
      status: 404,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    });
  }
  const response = await next();
  response.headers.set('Content-Security-Policy', `frame-ancestors ${frameAncestors()}`);
  response.headers.set('X-Content-Type-Options', 'nosniff');
  return response;
});
