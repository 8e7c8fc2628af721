/**
 * The site build, for the publisher's pipeline (publisher/pipeline.ts imports it from here).
 * It lives in @integra/harness, where the site's own tests reach it too.
 */
export { buildSite, type SiteBuild } from '@integra/harness/build-site';
