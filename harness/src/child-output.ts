/**
 * What the demo does with its children's output: whole lines, a bounded tail kept for the
 * error message when a child dies, and the CMS's warnings and errors picked out of Strapi's log.
 */

/** Splits a stream's chunks into whole lines; a line cut across chunks is joined first. */
export function lineSplitter(onLine: (line: string) => void, maxLineLength = 64 * 1024) {
  let rest = '';
  return {
    push(chunk: string) {
      const parts = (rest + chunk).split('\n');
      rest = parts.pop() ?? '';
      for (const part of parts) onLine(part.replace(/\r$/, ''));
      // A child that never ends its line must not grow this without end.
      if (rest.length > maxLineLength) {
        onLine(rest);
        rest = '';
      }
    },
    flush() {
      if (rest) onLine(rest);
      rest = '';
    },
  };
}

/** The last `limit` characters pushed: enough to explain a failure, never the whole life of a child. */
export function boundedTail(limit = 64 * 1024) {
  let text = '';
  return {
    push(chunk: string) {
      text += chunk;
      if (text.length > 2 * limit) text = text.slice(-limit);
    },
    text: () => text.slice(-limit),
  };
}

// eslint-disable-next-line no-control-regex -- terminal colour codes are control characters
const ANSI = /\u001b\[[0-9;?]*[A-Za-z]/g;

/** The line without terminal colour codes (Strapi colours its log levels even into a pipe). */
export const stripAnsi = (line: string) => line.replace(ANSI, '');

/** Strapi's log line: `[2026-01-31 12:00:00.000] warn: message` (winston's npm levels). */
const STRAPI_ENTRY = /^\[\d{4}-\d\d-\d\d [\d:.]+\] (\w+): /;
const SHOWN_LEVELS = new Set(['warn', 'error']);

/**
 * A filter for the CMS's output: Strapi's entries at warn and error level pass (with the
 * lines that continue them, such as stack traces), its info and http entries do not.
 * Unprefixed lines on stderr (a crash, a Node warning) always pass. Returns the line to show
 * without colour codes, or undefined.
 */
export function strapiLogFilter() {
  let showing = false;
  return (raw: string, stream: 'stdout' | 'stderr' = 'stdout'): string | undefined => {
    const line = stripAnsi(raw).trimEnd();
    const level = STRAPI_ENTRY.exec(line)?.[1];
    if (level) showing = SHOWN_LEVELS.has(level);
    if (!line.trim()) return undefined;
    return showing || (!level && stream === 'stderr') ? line : undefined;
  };
}

/** Every line of `text` prefixed with the part's name, in one column: `cms       │ …`. */
export function prefixLines(name: string, text: string): string {
  return text
    .split('\n')
    .map((line) => `${name.padEnd(9)} │ ${line}`)
    .join('\n');
}
