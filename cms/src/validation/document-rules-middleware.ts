import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { RULES } from './rules';

type Params = { documentId?: string; locale?: string; status?: string; data?: Record<string, unknown> };
interface DocumentContext {
  uid: string;
  action: string;
  params: Params;
}

const WRITE_ACTIONS = new Set(['create', 'update', 'publish']);

/**
 * Document Service middleware that applies RULES to every write, whichever way it comes:
 * the admin, the REST API, the seed or another plugin. Fails with Strapi's ValidationError,
 * which the admin and the API show as a 400 with the message.
 */
export const documentRulesMiddleware = (strapi: Core.Strapi) => async (context: DocumentContext, next: () => Promise<unknown>) => {
  const rules = RULES[context.uid];
  if (!rules || !WRITE_ACTIONS.has(context.action)) return next();

  const { documentId, locale, status, data = {} } = context.params;
  // Rules look at media fields (a resource's files), so those are loaded with the document.
  const attributes = strapi.contentType(context.uid as UID.ContentType).attributes as Record<string, { type: string }>;
  const populate = Object.keys(attributes).filter((name) => attributes[name]?.type === 'media');
  const stored =
    documentId && context.action !== 'create'
      ? await strapi.documents(context.uid as never).findOne({ documentId, locale, status: 'draft', populate } as never)
      : null;
  const doc = { ...(stored ?? {}), ...data };
  const publishing = context.action === 'publish' || status === 'published';
  for (const rule of rules) {
    const failure = rule(doc, { publishing });
    if (failure) {
      throw new errors.ValidationError(failure.message, {
        errors: [{ path: failure.path.split('.'), message: failure.message, name: 'ValidationError' }],
      });
    }
  }
  return next();
};
