import { defineMiddleware } from 'astro:middleware';
import { previewPolicy } from './policy';

/**
 * The preview server answers previews only: every other page of the site is the public build's
 * job, so here it is a 404. A preview runs under the public pages' Content-Security-Policy
 * (policy.ts); it may be framed by the CMS admin (Strapi's preview panel) and by nothing else.
 */
const frameAncestors = () =>
  process.env.PREVIEW_FRAME_ANCESTORS?.trim() || (process.env.CMS_URL ? new URL(process.env.CMS_URL).origin : "'none'");

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
  const { CMS_URL, S3_PUBLIC_URL, MEDIA_URL } = process.env;
  response.headers.set(
    'Content-Security-Policy',
    previewPolicy({ imageSources: [CMS_URL, S3_PUBLIC_URL, MEDIA_URL], frameAncestors: frameAncestors() }),
  );
  response.headers.set('X-Content-Type-Options', 'nosniff');
  return response;
});
