/** Strapi webhook events after which the public site must change. Draft saves are not. */
export const REBUILD_EVENTS = new Set([
  'entry.publish',
  'entry.unpublish',
  'entry.delete',
  'media.create',
  'media.update',
  'media.delete',
  'releases.publish',
]);

export interface WebhookPayload {
  event: string;
  model?: string;
  uid?: string;
}

/** The event of a Strapi webhook body, or undefined when the body is not one. */
export function parseWebhook(body: unknown): WebhookPayload | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const { event, model, uid } = body as Record<string, unknown>;
  if (typeof event !== 'string' || !event) return undefined;
  return { event, model: typeof model === 'string' ? model : undefined, uid: typeof uid === 'string' ? uid : undefined };
}
