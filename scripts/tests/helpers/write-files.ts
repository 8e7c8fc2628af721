import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Writes each file of a fixture (a release, a site) with its text, making folders as needed. */
export async function writeFiles(root: string, files: Record<string, string>): Promise<void> {
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, file)), { recursive: true });
    await writeFile(path.join(root, file), text);
  }
}
