import type { Core } from '@strapi/strapi';

/**
 * Creates a super admin from ADMIN_EMAIL and ADMIN_PASSWORD when the database has no admin
 * yet, so the demo opens straight to a login. Does nothing once any admin exists.
 */
export async function ensureDemoAdmin(strapi: Core.Strapi, env: NodeJS.ProcessEnv = process.env) {
  const email = env.ADMIN_EMAIL?.trim();
  const password = env.ADMIN_PASSWORD;
  if (!email || !password) return;
  const users = strapi.service('admin::user');
  if (await users.exists()) return;
  const superAdmin = await strapi.service('admin::role').getSuperAdmin();
  if (!superAdmin) throw new Error('admin: the Super Admin role is missing');
  await users.create({
    email: email.toLowerCase(),
    firstname: 'Demo',
    lastname: 'Admin',
    password,
    registrationToken: null,
    isActive: true,
    roles: [superAdmin.id],
  });
  strapi.log.info(`Demo admin created: ${email}`);
}
