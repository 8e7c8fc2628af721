/** Which supporting collection a reference points into. */
export type RefTarget = 'category' | 'topic' | 'audience' | 'organisation' | 'municipality' | 'language' | 'file';

/** A reference in seed data to supporting documents by their Latvian slug (a language by code, a file by name). */
export interface Ref {
  readonly __ref: RefTarget;
  readonly keys: string[];
  readonly many: boolean;
}

export const one = (target: RefTarget, key: string): Ref => ({ __ref: target, keys: [key], many: false });
export const many = (target: RefTarget, ...keys: string[]): Ref => ({ __ref: target, keys, many: true });

const isRef = (value: unknown): value is Ref => typeof value === 'object' && value !== null && '__ref' in value;

/** Replaces every Ref in `value` (nested in components too) with documentIds. */
export function resolveRefs(value: unknown, lookup: (target: RefTarget, key: string) => string | number): unknown {
  if (isRef(value)) {
    const ids = value.keys.map((key) => lookup(value.__ref, key));
    return value.many ? ids : ids[0];
  }
  if (Array.isArray(value)) return value.map((item) => resolveRefs(item, lookup));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolveRefs(v, lookup)]));
  }
  return value;
}
