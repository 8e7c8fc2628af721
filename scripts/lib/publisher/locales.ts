import localeConfig from '@integra/config/locales.json' with { type: 'json' };

export const TIME_ZONE: string = localeConfig.timeZone;
/** Locales a release must contain, from the one locale definition. */
export const RELEASE_LOCALES = localeConfig.locales.map((l) => ({ code: l.code, htmlLang: l.htmlLang }));
