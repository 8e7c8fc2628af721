import { isLocale, type Locale } from './locales.ts';

/**
 * Which locale a site path belongs to: every page lives under its locale's first segment,
 * e.g. "/ru/events/" → "ru". Undefined outside the locales ("/pagefind/…", "/").
 */
export function localeOfPath(pathname: string): Locale | undefined {
  const first = pathname.split('/').find(Boolean);
  return isLocale(first) ? first : undefined;
}
