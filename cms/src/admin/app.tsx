import type { StrapiApp } from '@strapi/strapi/admin';
import { Earth } from '@strapi/icons';

/** The widget's strings in the admin languages besides English (its default messages). */
const translations: Record<string, Record<string, string>> = {
  ru: {
    'integra.translations.title': 'Статус переводов',
    'integra.translations.caption': 'Переводы по типам содержимого и языкам',
    'integra.translations.type': 'Содержимое',
    'integra.translations.gaps': '(нет: {missing}, устарело: {outdated})',
    'integra.translations.missing': 'нет перевода: {locales}',
    'integra.translations.outdated': 'устарел: {locales}',
    'integra.translations.more': 'и ещё {count}: полный список — `pnpm translations`',
  },
  uk: {
    'integra.translations.title': 'Стан перекладів',
    'integra.translations.caption': 'Переклади за типами вмісту та мовами',
    'integra.translations.type': 'Вміст',
    'integra.translations.gaps': '(немає: {missing}, застаріло: {outdated})',
    'integra.translations.missing': 'немає перекладу: {locales}',
    'integra.translations.outdated': 'застарів: {locales}',
    'integra.translations.more': 'і ще {count}: повний список — `pnpm translations`',
  },
};

export default {
  config: {
    // Admin languages besides English. Strapi ships no Latvian admin translation; Russian and
    // Ukrainian are there for the centre's editors who work in them.
    locales: ['ru', 'uk'],
    translations,
  },
  register(app: StrapiApp) {
    app.widgets.register({
      id: 'translation-status',
      icon: Earth,
      title: { id: 'integra.translations.title', defaultMessage: 'Translation status' },
      component: async () => (await import('./widgets/TranslationStatus')).TranslationStatus,
    });
  },
  bootstrap(_app: StrapiApp) {},
};
