import type { Core } from '@strapi/strapi';
import { PUBLIC_COLLECTION_TYPES, PUBLIC_SINGLE_TYPES } from '../content-types';

/** The read actions the Public role gets, e.g. `api::event.event.find`. */
export const publicReadActions = (): string[] => [
  ...PUBLIC_COLLECTION_TYPES.flatMap((uid) => [`${uid}.find`, `${uid}.findOne`]),
  ...PUBLIC_SINGLE_TYPES.map((uid) => `${uid}.find`),
];

/**
 * Gives the Public role read access to the public content types, and nothing else: any
 * other permission found on the role (a write, users, uploads) is removed, so the role is
 * what this code says whatever was clicked in the admin.
 */
export async function grantPublicRead(strapi: Core.Strapi) {
  const role = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } });
  if (!role) throw new Error('users-permissions: the Public role is missing');
  const wanted = new Set(publicReadActions());
  const permissions = strapi.db.query('plugin::users-permissions.permission');
  const current: { id: number; action: string }[] = await permissions.findMany({ where: { role: role.id } });
  const have = new Set(current.map((p) => p.action));
  for (const extra of current.filter((p) => !wanted.has(p.action))) {
    await permissions.delete({ where: { id: extra.id } });
  }
  for (const action of wanted) {
    if (!have.has(action)) await permissions.create({ data: { action, role: role.id } });
  }
}
