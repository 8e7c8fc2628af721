/** Median, min and max of repeated measurements: every figure is quoted this way. */
export interface Spread {
  median: number;
  min: number;
  max: number;
  runs: number;
}

export function spread(values: number[]): Spread {
  if (!values.length) return { median: NaN, min: NaN, max: NaN, runs: 0 };
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { median, min: sorted[0]!, max: sorted.at(-1)!, runs: values.length };
}

/** p-th percentile (0–100) by nearest rank. */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
}

/** "12.3 s (11.9–13.0)" */
export const fmt = (s: Spread, unit: 's' | 'ms' | 'MB' | 'kB' | '' = '', digits = 1) => {
  const scale = unit === 's' ? 1000 : unit === 'MB' ? 1024 * 1024 : unit === 'kB' ? 1024 : 1;
  const n = (v: number) => (v / scale).toFixed(digits);
  return s.runs > 1 ? `${n(s.median)} ${unit} (${n(s.min)}–${n(s.max)})`.trim() : `${n(s.median)} ${unit}`.trim();
};
