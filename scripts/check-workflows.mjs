#!/usr/bin/env node
// Validates every GitHub Actions workflow with action-validator (part of `pnpm lint`).
import { readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const dir = path.join(import.meta.dirname ?? path.dirname(new URL(import.meta.url).pathname), '..', '.github', 'workflows');
let failed = false;
for (const file of readdirSync(dir).filter((f) => /\.ya?ml$/.test(f))) {
  const result = spawnSync('action-validator', [path.join(dir, file)], { stdio: 'inherit' });
  if (result.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
