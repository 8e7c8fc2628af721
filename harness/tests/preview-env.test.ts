import { describe, expect, it } from 'vitest';
import { inheritedEnv } from '../src/preview-server.ts';

describe('the preview server’s environment', () => {
  it('keeps how to run from its parent and none of the parent’s secrets', () => {
    const parent = {
      PATH: '/usr/bin',
      HOME: '/home/x',
      TZ: 'Europe/Riga',
      NODE_ENV: 'production',
      PUBLISH_WEBHOOK_SECRET: 'webhook-secret',
      ADMIN_PASSWORD: 'admin-password',
      DATABASE_URL: 'postgres://u:p@h/db',
      GITHUB_DISPATCH_TOKEN: 'ghp_x',
      APP_KEYS: 'a,b',
      BACKUP_ENCRYPTION_KEY: 'k',
    };
    expect(inheritedEnv(parent)).toEqual({ PATH: '/usr/bin', HOME: '/home/x', TZ: 'Europe/Riga', NODE_ENV: 'production' });
  });
});
