import type { Translate } from '../i18n/ui';

/** Pagefind UI's strings, from our dictionaries (Pagefind ships none for Latvian). */
export const pagefindTranslations = (t: Translate) => ({
  placeholder: t('search.placeholder'),
  clear_search: t('search.clear'),
  load_more: t('search.loadMore'),
  search_label: t('search.label'),
  filters_label: t('search.filters'),
  zero_results: t('search.zeroResults'),
  many_results: t('search.manyResults'),
  one_result: t('search.oneResult'),
  alt_search: t('search.zeroResults'),
  search_suggestion: t('search.zeroResults'),
  searching: t('search.searching'),
});
