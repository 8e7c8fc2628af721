import { readFile } from 'node:fs/promises';
import { parseEnv } from 'node:util';

/** The variables of a .env file (Node's own reading of the format); {} when it is missing. */
export async function readEnvFile(file: string): Promise<Record<string, string>> {
  try {
    return parseEnv(await readFile(file, 'utf8')) as Record<string, string>;
  } catch {
    return {};
  }
}
