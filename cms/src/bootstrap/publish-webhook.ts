import type { Core } from '@strapi/strapi';
import { PUBLISH_WEBHOOK_EVENTS } from '@integra/contract/webhook-events';

export const PUBLISH_WEBHOOK_NAME = 'Publish the public site';

interface StoredWebhook {
  id: string | number;
  name: string;
  url: string;
  headers: Record<string, string>;
  events: string[];
  isEnabled: boolean;
}

/**
 * Registers the webhook that tells the publisher to rebuild, when PUBLISH_WEBHOOK_URL is set,
 * for the events the publisher reads (PUBLISH_WEBHOOK_EVENTS, in the contract). Strapi keeps webhooks in its database, so a later boot updates the one found by name
 * instead of adding another. Events this Strapi does not offer (releases off) are skipped.
 */
export async function registerPublishWebhook(strapi: Core.Strapi, env: NodeJS.ProcessEnv = process.env) {
  const url = env.PUBLISH_WEBHOOK_URL?.trim();
  // Unset: left as stored. The CLI scripts (backup, seed, translations) boot the CMS too, often
  // without the publisher's settings, and must not remove the webhook of the running site.
  if (!url) return;
  // Checked before anything is stored: a bad value stops the CMS with its name, and changes nothing.
  let parsed: URL | undefined;
  try {
    parsed = new URL(url);
  } catch {
    parsed = undefined;
  }
  if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:'))
    throw new Error(`PUBLISH_WEBHOOK_URL must be an http(s) address such as http://127.0.0.1:4322/webhook, got "${url}"`);
  const secret = env.PUBLISH_WEBHOOK_SECRET ?? '';
  if (!secret) strapi.log.warn('PUBLISH_WEBHOOK_SECRET is empty: the publisher will refuse the webhook calls.');
  // HTTP strips white space around header values, so such a secret never matches the publisher's.
  if (secret !== secret.trim() || /[\r\n]/.test(secret))
    throw new Error('PUBLISH_WEBHOOK_SECRET must not start or end with white space or hold a line break');

  const store = strapi.get('webhookStore');
  const runner = strapi.get('webhookRunner');
  const existing = ((await store.findWebhooks()) as StoredWebhook[]).filter((w) => w.name === PUBLISH_WEBHOOK_NAME);
  const offered = new Set<string>(Array.from(store.allowedEvents.values()));
  const data = {
    name: PUBLISH_WEBHOOK_NAME,
    url,
    headers: { Authorization: `Bearer ${secret}` },
    events: PUBLISH_WEBHOOK_EVENTS.filter((event) => offered.has(event)),
    isEnabled: true,
  };

  const [keep, ...duplicates] = existing;
  for (const duplicate of duplicates) {
    await store.deleteWebhook(duplicate.id);
    runner.remove(duplicate);
  }
  if (keep) {
    const updated = await store.updateWebhook(keep.id, data);
    runner.update(updated);
  } else {
    runner.add(await store.createWebhook(data));
  }
  strapi.log.info(`Publish webhook registered for ${data.events.length} events at ${parsed.origin}`);
}
