import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseEnv } from 'node:util';
import type { Core } from '@strapi/strapi';

/** A value that is set and not blank: `ADMIN_PASSWORD=` counts as unset. */
const present = (value: string | undefined) => (value?.trim() ? value : undefined);

/** The variables of the .env file Strapi reads (ENV_PATH, else ./.env); {} without one. */
function readEnvFile(env: NodeJS.ProcessEnv): Record<string, string> {
  try {
    return parseEnv(readFileSync(path.resolve(env.ENV_PATH || '.env'), 'utf8')) as Record<string, string>;
  } catch {
    return {};
  }
}

/**
 * The demo admin's login, or undefined when there is none. An empty ADMIN_EMAIL or
 * ADMIN_PASSWORD in the environment counts as unset: Strapi's dotenv never replaces a
 * variable that exists, even an empty one, so the value ensure-env wrote to .env is read here.
 */
export function demoAdminLogin(
  env: NodeJS.ProcessEnv,
  envFile: Record<string, string> = readEnvFile(env),
): { email: string; password: string } | undefined {
  const email = (present(env.ADMIN_EMAIL) ?? present(envFile.ADMIN_EMAIL))?.trim();
  const password = present(env.ADMIN_PASSWORD) ?? present(envFile.ADMIN_PASSWORD);
  return email && password ? { email, password } : undefined;
}

/**
 * Creates a super admin from ADMIN_EMAIL and ADMIN_PASSWORD when the database has no admin
 * yet, so the demo opens straight to a login. Does nothing once any admin exists.
 */
export async function ensureDemoAdmin(strapi: Core.Strapi, env: NodeJS.ProcessEnv = process.env) {
  const login = demoAdminLogin(env);
  if (!login) return;
  const users = strapi.service('admin::user');
  if (await users.exists()) return;
  const superAdmin = await strapi.service('admin::role').getSuperAdmin();
  if (!superAdmin) throw new Error('admin: the Super Admin role is missing');
  await users.create({
    email: login.email.toLowerCase(),
    firstname: 'Demo',
    lastname: 'Admin',
    password: login.password,
    registrationToken: null,
    isActive: true,
    roles: [superAdmin.id],
  });
  strapi.log.info(`Demo admin created: ${login.email}`);
}
