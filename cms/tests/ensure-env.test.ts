import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { CMS_ROOT } from './helpers/paths';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'integra-ensure-env-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const ensureEnv = (envPath: string) =>
  spawnSync(process.execPath, [path.join(CMS_ROOT, 'scripts', 'ensure-env.ts')], {
    cwd: CMS_ROOT,
    env: {
      ...process.env,
      ENV_PATH: envPath,
      APP_KEYS: '',
      API_TOKEN_SALT: '',
      ADMIN_JWT_SECRET: '',
      TRANSFER_TOKEN_SALT: '',
      JWT_SECRET: '',
      ENCRYPTION_KEY: '',
    },
    encoding: 'utf8',
    timeout: 30_000,
  });
const mode = async (file: string) => ((await stat(file)).mode & 0o777).toString(8);

describe('ensure-env', () => {
  it('makes an existing .env readable by its owner only, also when it adds nothing to it', async () => {
    const envPath = path.join(dir, 'complete.env');
    const keys = ['APP_KEYS', 'API_TOKEN_SALT', 'ADMIN_JWT_SECRET', 'TRANSFER_TOKEN_SALT', 'JWT_SECRET', 'ENCRYPTION_KEY'];
    const text = keys.map((key) => `${key}=kept-${key}`).join('\n') + '\n';
    await writeFile(envPath, text, { mode: 0o644 });
    const result = ensureEnv(envPath);
    expect(result.status, result.stderr).toBe(0);
    expect(await mode(envPath)).toBe('600');
    expect(await readFile(envPath, 'utf8')).toBe(text);
  });

  it('creates a missing .env with mode 0600 and fills in an incomplete world-readable one', async () => {
    const created = path.join(dir, 'new.env');
    expect(ensureEnv(created).status).toBe(0);
    expect(await mode(created)).toBe('600');
    const partial = path.join(dir, 'partial.env');
    await writeFile(partial, 'APP_KEYS=kept\n', { mode: 0o666 });
    expect(ensureEnv(partial).status).toBe(0);
    expect(await mode(partial)).toBe('600');
    expect(await readFile(partial, 'utf8')).toMatch(/^APP_KEYS=kept\nAPI_TOKEN_SALT=.+/);
  });
});
