import { stemLatvianQuery } from './latvian-stemmer';

declare global {
  interface Window {
    PagefindUI?: new (options: Record<string, unknown>) => { triggerSearch(term: string): void };
  }
}

/** Query stemmers by locale, for languages Pagefind cannot stem itself. */
const STEMMERS: Record<string, (term: string) => string> = { lv: stemLatvianQuery };

/**
 * Starts Pagefind's UI in `container`: our translations, our Latvian stemmer, the input tied
 * to the visible label (Pagefind's own input has none, which fails axe), and ?q= from the
 * home page's search form.
 */
export function startSearch(container: HTMLElement) {
  const locale = container.dataset.locale ?? '';
  const translations = JSON.parse(container.dataset.translations ?? '{}');
  if (!window.PagefindUI) return;
  const ui = new window.PagefindUI({
    element: container,
    showImages: false,
    showSubResults: true,
    resetStyles: false,
    translations,
    ...(STEMMERS[locale] ? { processTerm: STEMMERS[locale] } : {}),
  });
  const input = container.querySelector<HTMLInputElement>('input');
  if (input) {
    input.id = 'search-input';
    input.setAttribute('aria-labelledby', 'search-label');
  }
  const query = new URLSearchParams(location.search).get('q');
  if (query) {
    if (input) input.value = query;
    ui.triggerSearch(query);
  }
}
