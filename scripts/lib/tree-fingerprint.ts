import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';

/**
 * A fingerprint of every file under `dir` (names and bytes): equal fingerprints, byte-identical
 * trees. Tests use it to prove that a failed or killed publish left the live site untouched.
 */
export async function treeFingerprint(dir: string): Promise<string> {
  const hash = createHash('sha256');
  const walk = async (current: string) => {
    for (const name of (await readdir(current)).sort()) {
      const full = path.join(current, name);
      if ((await stat(full)).isDirectory()) await walk(full);
      else hash.update(path.relative(dir, full)).update(await readFile(full));
    }
  };
  await walk(dir);
  return hash.digest('hex');
}
