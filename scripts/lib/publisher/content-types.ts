import { CONTENT_TYPE_KEYS, CONTENT_TYPES } from '@integra/contract/content-types';

/** What the publisher needs to know of one CMS content type to judge its webhook events. */
export interface ContentTypeInfo {
  /** Strapi's UID, e.g. `api::category.category` (the webhook's `uid`). */
  uid: string;
  /** Strapi's model name, the singular name (the webhook's `model`). */
  modelName: string;
  /** With draft/publish, saving changes a draft only; without it, every save is live. */
  draftAndPublish: boolean;
}

/**
 * The CMS's content types, from the registry. Its draft/publish flags are the Strapi schemas'
 * (the CMS's registry test fails when they differ), so switching draft/publish on or off in
 * the content-type builder cannot silently stop (or start) saves of that type rebuilding the site.
 */
export const CONTENT_TYPE_INFO: readonly ContentTypeInfo[] = CONTENT_TYPE_KEYS.map((key) => {
  const { uid, draftAndPublish } = CONTENT_TYPES[key];
  // A UID is api::<api>.<singular name>; the webhook's `model` is the singular name.
  return { uid, modelName: uid.slice(uid.lastIndexOf('.') + 1), draftAndPublish };
});
