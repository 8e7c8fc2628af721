import { readFile } from 'node:fs/promises';

/** KEY=value lines of a .env file (no quoting rules beyond trimming); {} when it is missing. */
export async function readEnvFile(file: string): Promise<Record<string, string>> {
  try {
    const text = await readFile(file, 'utf8');
    return Object.fromEntries(
      text
        .split('\n')
        .map((line) => line.match(/^\s*([A-Z0-9_]+)\s*=(.*)$/))
        .filter((m): m is RegExpMatchArray => m !== null)
        .map((m) => [m[1]!, m[2]!.trim()]),
    );
  } catch {
    return {};
  }
}
