// Writes the CMS's secrets into a git-ignored cms/.env on first run, so that a fresh checkout
// starts without manual setup: the entry scripts/ensure-env.ts, and the scripts that load the
// CMS (seed, translations) before they start.
import { randomBytes } from 'node:crypto';
import { appendFileSync, chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseEnv } from 'node:util';
import { appDir } from './app-dir.ts';

const secret = () => randomBytes(24).toString('base64');

/** The variables of a .env file, as Node reads the format (and as Strapi's dotenv does). */
const parse = (text: string) => parseEnv(text) as Record<string, string>;

/** Set and not blank. */
const present = (value: string | undefined) => (value?.trim() ? value : undefined);

/**
 * Adds the missing secrets to cms/.env (or the file ENV_PATH names), keeping existing values;
 * values set in the process environment win over the file, and an empty value counts as unset.
 * With `demo`, also a demo admin login, which it prints, the publish webhook's secret and the
 * one that signs preview links. The file is made readable by its owner only, an existing one too.
 */
export function ensureEnv({ demo }: { demo: boolean }): void {
  const envFile = process.env.ENV_PATH ? path.resolve(process.env.ENV_PATH) : path.join(appDir, '.env');
  const generated: Record<string, () => string> = {
    APP_KEYS: () => Array.from({ length: 4 }, secret).join(','),
    API_TOKEN_SALT: secret,
    ADMIN_JWT_SECRET: secret,
    TRANSFER_TOKEN_SALT: secret,
    JWT_SECRET: secret,
    ENCRYPTION_KEY: secret,
    ...(demo && {
      ADMIN_EMAIL: () => 'admin@example.lv',
      ADMIN_PASSWORD: () => `Demo-${randomBytes(6).toString('hex')}`,
      PUBLISH_WEBHOOK_SECRET: () => randomBytes(24).toString('hex'),
      PREVIEW_SECRET: () => randomBytes(24).toString('hex'),
    }),
  };

  // The file holds secrets: readable by its owner only, also when it was made by hand or by an
  // older version (a mode given to writeFileSync applies only to a file it creates).
  if (existsSync(envFile)) chmodSync(envFile, 0o600);
  let existing = existsSync(envFile) ? readFileSync(envFile, 'utf8') : '';
  const fromFile = parse(existing);
  const missing = Object.keys(generated).filter((key) => !present(fromFile[key]) && !present(process.env[key]));
  if (missing.length > 0) {
    // Blank lines of the keys about to be written go, so that the file holds each key once.
    const blank = new RegExp(`^[ \\t]*(${missing.join('|')})[ \\t]*=[ \\t]*$\\n?`, 'gm');
    if (blank.test(existing)) {
      existing = existing.replace(blank, '');
      writeFileSync(envFile, existing, { mode: 0o600 });
    }
    const values = Object.fromEntries(missing.map((key) => [key, generated[key]!()]));
    Object.assign(fromFile, values);
    const header = existing ? '' : '# Generated local settings. Never commit this file.\n';
    const lines = missing.map((key) => `${key}=${values[key]}`).join('\n');
    appendFileSync(envFile, `${existing && !existing.endsWith('\n') ? '\n' : ''}${header}${lines}\n`, { mode: 0o600 });
    console.log(`cms: wrote ${missing.join(', ')} to cms/.env`);
  }
  if (demo) {
    const email = present(process.env.ADMIN_EMAIL) ?? fromFile.ADMIN_EMAIL;
    const password = present(process.env.ADMIN_PASSWORD) ?? fromFile.ADMIN_PASSWORD;
    console.log(`cms: demo admin login: ${email} / ${password} (set ADMIN_EMAIL and ADMIN_PASSWORD to choose your own)`);
  }
}
