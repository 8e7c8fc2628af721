import { ALWAYS_REBUILD_EVENTS, ENTRY_WRITE_EVENTS } from '@integra/contract/webhook-events';
import type { ContentTypeInfo } from './content-types.ts';

/** Strapi webhook events that always change the public site, whatever the model. */
const REBUILD_EVENTS: ReadonlySet<string> = new Set(ALWAYS_REBUILD_EVENTS);

/** Events that change the public site only for some models and entries: see `needsRebuild`. */
const ENTRY_WRITES: ReadonlySet<string> = new Set(ENTRY_WRITE_EVENTS);

export interface WebhookPayload {
  event: string;
  model?: string;
  uid?: string;
  /**
   * The entry's publishedAt: a string for a published version, null for a draft, undefined
   * when the payload does not say (Strapi 5 sends the entry with every entry.* event).
   */
  publishedAt?: string | null;
}

/** The event of a Strapi webhook body, or undefined when the body is not one. */
export function parseWebhook(body: unknown): WebhookPayload | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const { event, model, uid, entry } = body as Record<string, unknown>;
  if (typeof event !== 'string' || !event) return undefined;
  const payload: WebhookPayload = {
    event,
    model: typeof model === 'string' ? model : undefined,
    uid: typeof uid === 'string' ? uid : undefined,
  };
  if (typeof entry === 'object' && entry !== null && 'publishedAt' in entry) {
    const { publishedAt } = entry as { publishedAt: unknown };
    if (publishedAt === null || typeof publishedAt === 'string') payload.publishedAt = publishedAt;
  }
  return payload;
}

/**
 * Whether a webhook event changes what the public site shows.
 * - publish, unpublish, media and release events: always.
 * - create, update, delete of a type without draft/publish (category, topic, …): always,
 *   since every save of such a type is live at once.
 * - create and update of a draft/publish type: never, they change the draft only.
 * - delete of a draft/publish type: Strapi 5 deletes every version of the document and
 *   sends one entry.delete per version (no entry.unpublish). A build follows unless the
 *   payload shows a draft, so deleting a published document rebuilds and deleting a
 *   never-published draft does not.
 * - create, update, delete of types the site does not show (plugins, admin): never.
 * - a delete whose payload names no model: always.
 */
export function needsRebuild(webhook: WebhookPayload, types: readonly ContentTypeInfo[]): boolean {
  if (REBUILD_EVENTS.has(webhook.event)) return true;
  if (!ENTRY_WRITES.has(webhook.event)) return false;
  // A delete that names no model cannot be judged: better one build too many than a stale page.
  if (!webhook.uid && !webhook.model) return webhook.event === 'entry.delete';
  const type = types.find((t) => (webhook.uid ? t.uid === webhook.uid : t.modelName === webhook.model));
  if (!type) return false;
  if (!type.draftAndPublish) return true;
  return webhook.event === 'entry.delete' && webhook.publishedAt !== null;
}
