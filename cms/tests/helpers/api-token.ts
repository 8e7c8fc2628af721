import type { Core } from '@strapi/strapi';

/** Creates a content-API token of the given type and returns its plaintext key. */
export async function createApiToken(
  strapi: Core.Strapi,
  type: 'read-only' | 'full-access',
  name = `${type}-${Date.now()}`,
): Promise<string> {
  const token = await strapi.service('admin::api-token').create({ name, description: '', type, kind: 'content-api', lifespan: null });
  return token.accessKey;
}
