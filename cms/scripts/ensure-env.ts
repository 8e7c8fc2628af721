#!/usr/bin/env node
// Writes the CMS's secrets into a git-ignored cms/.env on first run, so that a fresh checkout
// starts without manual setup. Existing values are kept; only missing keys are added. Values
// already set in the process environment win over the file. Not destructive.
// With --demo it also generates a demo admin login (unless ADMIN_EMAIL/ADMIN_PASSWORD are
// set) and prints it, so the person trying the demo can sign in, and the secret the CMS and
// the publisher share for the publish webhook, and the one that signs preview links.
// An empty value (ADMIN_PASSWORD= in the environment or the file) counts as unset. ENV_PATH
// chooses another file, as it does for Strapi. The file is made readable by its owner only
// (mode 0600), an existing one too.
import { parseCli } from '@integra/contract/cli';
import { ensureEnv } from './lib/ensure-env.ts';

const { values } = parseCli({
  command: 'node scripts/ensure-env.ts',
  summary:
    "Writes the CMS's missing secrets into cms/.env (or the file ENV_PATH names), readable by its owner only; values set in the environment win over the file.",
  effects: 'Not destructive: existing values are kept, only missing keys are added.',
  options: {
    demo: {
      type: 'boolean',
      description: 'also a demo admin login (printed), the publish webhook secret and the preview-link secret',
    },
  },
});
ensureEnv({ demo: values.demo === true });
