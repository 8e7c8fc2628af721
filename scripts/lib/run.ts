import { spawn } from 'node:child_process';

/** Runs a command to completion with inherited output (or stdout to a callback); rejects on a non-zero exit. */
export function run(
  command: string,
  args: string[],
  options: { cwd: string; env?: Record<string, string | undefined>; onStdout?: (chunk: string) => void },
): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: { ...process.env, ...options.env },
      stdio: ['ignore', options.onStdout ? 'pipe' : 'inherit', 'inherit'],
    });
    child.stdout?.on('data', (chunk) => options.onStdout?.(String(chunk)));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited with ${code}`))));
  });
}
