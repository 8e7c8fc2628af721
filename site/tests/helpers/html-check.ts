import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';

/** vnu.jar of the pinned `vnu-jar` package: the W3C Nu HTML Checker. */
export const VNU_JAR = String(createRequire(import.meta.url)('vnu-jar'));

export interface HtmlError {
  file: string;
  line?: number;
  message: string;
  extract?: string;
}

/**
 * Checks every HTML file under each path with the Nu HTML Checker in one JVM run and returns
 * its errors (warnings are ignored). Rejects when the checker itself cannot run.
 */
export function checkHtml(paths: string[], options: { java?: string; timeoutMs?: number } = {}): Promise<HtmlError[]> {
  const args = ['-jar', VNU_JAR, '--errors-only', '--format', 'json', '--skip-non-html', ...paths];
  return new Promise((resolve, reject) => {
    execFile(
      options.java ?? 'java',
      args,
      { timeout: options.timeoutMs ?? 300_000, maxBuffer: 64 * 1024 * 1024 },
      (error, _stdout, stderr) => {
        // vnu exits 1 when it finds errors; its JSON report is on stderr either way.
        let report: { messages?: { type: string; url?: string; lastLine?: number; message: string; extract?: string }[] };
        try {
          report = JSON.parse(stderr);
        } catch {
          return reject(new Error(`the HTML checker did not run: ${error?.message ?? ''}\n${stderr.slice(0, 2000)}`));
        }
        resolve(
          (report.messages ?? [])
            .filter((m) => m.type === 'error' || m.type === 'non-document-error')
            .map((m) => ({ file: m.url ? new URL(m.url).pathname : '', line: m.lastLine, message: m.message, extract: m.extract })),
        );
      },
    );
  });
}

/** One line per error, file relative to `root`: what a failing test prints. */
export const formatHtmlErrors = (errors: HtmlError[], root: string) =>
  errors.map((e) => `${path.relative(root, e.file)}${e.line ? `:${e.line}` : ''}: ${e.message}`);
