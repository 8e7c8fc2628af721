/**
 * The Strapi webhook events the CMS sends to the publisher, and how the publisher reads them.
 * Strapi's webhooks cannot be limited to some models, so entry writes arrive for every type;
 * the publisher decides from the content type (its draft/publish) whether one rebuilds.
 */

/** Events after which the public site always changes, whatever the model. */
export const ALWAYS_REBUILD_EVENTS = [
  'entry.publish',
  'entry.unpublish',
  'media.create',
  'media.update',
  'media.delete',
  'releases.publish',
] as const;

/** Entry writes: they change the public site for some types and entries only. */
export const ENTRY_WRITE_EVENTS = ['entry.create', 'entry.update', 'entry.delete'] as const;

/** Every event the CMS registers its publish webhook for. */
export const PUBLISH_WEBHOOK_EVENTS: readonly string[] = [...ENTRY_WRITE_EVENTS, ...ALWAYS_REBUILD_EVENTS];
