/**
 * How the publisher's log reaches a person or a machine. `json` (production): pino's JSON
 * lines, unchanged. `pretty` (a terminal, the demo): one readable line per build, with its
 * trigger, duration and result, and the error of a failed one; warnings and errors as one
 * line each; nothing else.
 */
import pino, { type Logger } from 'pino';
import { summarizeTriggers } from './publisher/pipeline.ts';
import { prefixLines } from '@integra/harness/child-output';

export type LogFormat = 'json' | 'pretty';

/** LOG_FORMAT if set (json or pretty), otherwise pretty on a terminal and JSON elsewhere. */
export function logFormat(env: Record<string, string | undefined> = process.env, isTTY = Boolean(process.stdout.isTTY)): LogFormat {
  const chosen = env.LOG_FORMAT?.trim();
  if (!chosen) return isTTY ? 'pretty' : 'json';
  if (chosen === 'json' || chosen === 'pretty') return chosen;
  throw new Error(`LOG_FORMAT must be "json" or "pretty", not "${chosen}"`);
}

const LEVELS: Record<number, string> = { 40: 'warning', 50: 'error', 60: 'fatal' };
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const indent = (text: string) =>
  text
    .trim()
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n');

/**
 * One pino JSON line as a person reads it, or undefined when it is not worth a line. A build
 * that ended is recognised by its fields (trigger and durationMs, as the pipeline logs them).
 */
export function formatPublisherLine(line: string): string | undefined {
  let entry: Record<string, unknown>;
  try {
    entry = JSON.parse(line) as Record<string, unknown>;
  } catch {
    return line.trim() || undefined;
  }
  const level = Number(entry.level ?? 30);
  const msg = String(entry.msg ?? '');
  if (Array.isArray(entry.trigger) && typeof entry.durationMs === 'number') {
    const trigger = entry.trigger.join(', ');
    if (level >= 50) {
      return `build failed after ${seconds(entry.durationMs)} (${trigger}), live site unchanged:\n${indent(String(entry.error ?? msg))}`;
    }
    return `build ok in ${seconds(entry.durationMs)} (${trigger})${entry.release ? ` → release ${String(entry.release)}` : ''}`;
  }
  if (Array.isArray(entry.reasons) && level < 40) {
    return `${msg} (${summarizeTriggers(entry.reasons.map(String)).join(', ')})`;
  }
  if (level < 40) return undefined;
  const request = typeof entry.method === 'string' ? `${entry.method} ${String(entry.url)} → ${String(entry.statusCode)}` : '';
  const err = entry.err as { message?: string } | undefined;
  const details = [request, err?.message ?? (typeof entry.error === 'string' ? entry.error : '')].filter(Boolean).join(': ');
  return `${LEVELS[level] ?? 'warning'}: ${msg}${details ? ` (${details})` : ''}`;
}

/** The publisher's logger: JSON lines, or readable lines prefixed `publisher │` on `out`. */
export function publisherLogger(format: LogFormat, options: { level?: string; out?: { write(text: string): unknown } } = {}): Logger {
  const level = options.level ?? process.env.LOG_LEVEL ?? 'info';
  const out = options.out ?? process.stdout;
  if (format === 'json') return pino({ name: 'publisher', level }, out as pino.DestinationStream);
  return pino(
    { name: 'publisher', level },
    {
      write(line: string) {
        const text = formatPublisherLine(line);
        if (text) out.write(`${prefixLines('publisher', text)}\n`);
      },
    },
  );
}
