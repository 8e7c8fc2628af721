// Runs Strapi's own CLI (`strapi export`, `strapi import`) on the CMS the environment selects,
// and exits 1 with the tail of its output when it fails. Used by the backup and restore scripts.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { appDir } from './app-dir.ts';

/** Runs `strapi <args>`; `name` is what the caller does, for the error ("backup", "restore"). */
export function runStrapiCli(name: string, args: string[]): void {
  const cli = path.join(appDir, 'node_modules', '@strapi', 'strapi', 'bin', 'strapi.js');
  const result = spawnSync(process.execPath, [cli, ...args], { cwd: appDir, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  if (result.status !== 0) {
    console.error(`${name} failed (strapi ${args[0]} exited ${result.status}):\n${(result.stderr || result.stdout).trim().slice(-3000)}`);
    process.exit(1);
  }
}
