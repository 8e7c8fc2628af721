import type { UID } from '@strapi/strapi';
import { CONTENT_TYPE_KEYS, CONTENT_TYPES, type ContentTypeKey } from '@integra/contract/content-types';

/** A registry type's Strapi UID, typed as Strapi's own (generated) UIDs. */
export const uidOf = (key: ContentTypeKey): UID.ContentType => CONTENT_TYPES[key].uid;

const uidsOfKind = (kind: 'collectionType' | 'singleType') =>
  CONTENT_TYPE_KEYS.filter((key) => CONTENT_TYPES[key].kind === kind).map(uidOf);

/** Content types the public may read (published versions only): every type of the registry. */
export const PUBLIC_COLLECTION_TYPES: readonly UID.ContentType[] = uidsOfKind('collectionType');

export const PUBLIC_SINGLE_TYPES: readonly UID.ContentType[] = uidsOfKind('singleType');
