import { isOutdated } from '@integra/contract/translation-status';
import type { Localized, Resolved } from './fallback';

const updatedAtOf = (entry: object | undefined) =>
  entry && 'updatedAt' in entry && typeof entry.updatedAt === 'string' ? entry.updatedAt : undefined;

/**
 * When the original (default-language version) was last changed, for a page that shows a
 * translation last changed before it: the CMS's own rule (`pnpm translations`, the admin
 * widget), so readers are told about exactly the translations editors see as outdated. None on
 * the original itself, on a fallback page (it shows the original), without an original, or when
 * the translation is as new as the original or newer.
 */
export function outdatedSince(versions: Map<string, object>, resolved: Resolved<Localized>, defaultLocale: string): string | undefined {
  if (resolved.isFallback || resolved.entry.locale === defaultLocale) return undefined;
  const original = updatedAtOf(versions.get(defaultLocale));
  const translation = updatedAtOf(resolved.entry);
  return original && translation && isOutdated(translation, original) ? original : undefined;
}
