import { spawn, type ChildProcess } from 'node:child_process';
import { boundedTail, lineSplitter } from './child-output.ts';

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  /** The last 64 KB the process printed (all of it is never kept: services run for days). */
  output(): string;
  stop(): Promise<void>;
}

/**
 * Starts a Node server as a child process and resolves once `readyPath` answers 2xx–4xx on its
 * port; rejects with the process's own output if it exits or does not come up in time.
 */
export async function startServerProcess(options: {
  name: string;
  args: string[];
  cwd: string;
  port: number;
  env: Record<string, string | undefined>;
  readyPath: string;
  echo?: boolean;
  /** Each whole line the process prints, as it prints it, for the whole of its life. */
  onLine?: (line: string, stream: 'stdout' | 'stderr') => void;
  timeoutMs?: number;
}): Promise<ServerProcess> {
  const { name, port, echo = false, onLine, timeoutMs = 120_000 } = options;
  const tail = boundedTail();
  const child = spawn(process.execPath, options.args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
  for (const stream of ['stdout', 'stderr'] as const) {
    const lines = onLine && lineSplitter((line) => onLine(line, stream));
    child[stream]!.setEncoding('utf8');
    child[stream]!.on('data', (chunk: string) => {
      tail.push(chunk);
      lines?.push(chunk);
      if (echo) process.stdout.write(chunk);
    });
    if (lines) child[stream]!.on('end', () => lines.flush());
  }
  const log = () => tail.text();
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 8000);
    await exited;
    clearTimeout(timer);
  };
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`the ${name} exited with code ${child.exitCode}:\n${log().slice(-3000)}`);
    try {
      if ((await fetch(`${url}${options.readyPath}`)).status < 500) return { url, child, output: log, stop };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stop();
  throw new Error(`the ${name} did not answer within ${timeoutMs} ms:\n${log().slice(-3000)}`);
}
