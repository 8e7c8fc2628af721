import type { Core } from '@strapi/strapi';
import { DEFAULT_LOCALE, LOCALE_INFO } from '@integra/contract/locales';

/**
 * Creates every configured locale that is missing and makes the configured default the
 * default. Locales that exist but are no longer configured are left alone: deleting one
 * would delete its translations.
 */
export async function ensureLocales(
  strapi: Core.Strapi,
  locales: readonly { code: string; name: string }[] = LOCALE_INFO,
  defaultLocale: string = DEFAULT_LOCALE,
) {
  const service = strapi.plugin('i18n').service('locales');
  for (const { code, name } of locales) {
    const existing = await service.findByCode(code);
    if (!existing) await service.create({ code, name: `${name} (${code})` });
  }
  if ((await service.getDefaultLocale()) !== defaultLocale) {
    await service.setDefaultLocale({ code: defaultLocale });
  }
}
