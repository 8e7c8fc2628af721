import type { ContentTypeKey } from '@integra/contract/content-types';
import { entrySources } from './cms/media';
import { uiLangOf, useTranslations } from '../i18n/ui';

/**
 * What the body of a document page works with: its UI strings, the language of its labels
 * (the reader's, even on an untranslated original), and where each of its fields came from in
 * the CMS (named in the error of a file that cannot be fetched).
 */
export function documentPageTools(type: ContentTypeKey, entry: { locale: string; slug: string }, locale: string) {
  return { t: useTranslations(locale), uiLang: uiLangOf(locale), source: entrySources(type, entry) };
}
