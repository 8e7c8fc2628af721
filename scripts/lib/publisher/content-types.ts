import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CMS_DIR } from '../paths.ts';

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
 * The CMS's own content types, read from their schema.json files. The schemas are the one
 * place that says which types have draft/publish: a list kept here too would drift the day
 * someone switches draft/publish on or off in the content-type builder, and saves of that
 * type would silently stop (or start) rebuilding the site.
 */
export function readContentTypes(cmsDir: string = CMS_DIR): ContentTypeInfo[] {
  const apiDir = path.join(cmsDir, 'src', 'api');
  const types: ContentTypeInfo[] = [];
  for (const api of readdirSync(apiDir)) {
    const typesDir = path.join(apiDir, api, 'content-types');
    let names: string[];
    try {
      names = readdirSync(typesDir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory()) // a stray .DS_Store is not a content type
        .map((entry) => entry.name);
    } catch {
      continue;
    }
    for (const name of names) {
      const schema = JSON.parse(readFileSync(path.join(typesDir, name, 'schema.json'), 'utf8')) as {
        info?: { singularName?: string };
        options?: { draftAndPublish?: boolean };
      };
      types.push({
        uid: `api::${api}.${name}`,
        modelName: schema.info?.singularName ?? name,
        // Strapi's own rule (hasDraftAndPublish in @strapi/utils): only an explicit true counts.
        draftAndPublish: schema.options?.draftAndPublish === true,
      });
    }
  }
  return types;
}
