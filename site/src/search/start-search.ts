import { stemLatvianQuery } from './latvian-stemmer';

declare global {
  interface Window {
    PagefindUI?: new (options: Record<string, unknown>) => { triggerSearch(term: string): void };
  }
}

/** Query stemmers by locale, for languages Pagefind cannot stem itself. */
const STEMMERS: Record<string, (term: string) => string> = { lv: stemLatvianQuery };

/**
 * Starts Pagefind's UI in `container` over its locale's search bundle (data-bundle): our
 * translations, our Latvian stemmer, the input tied to the visible label named by `data-label`
 * (Pagefind's own input has none, which fails axe; the static page cannot point `for` at an
 * input that is not there yet, which fails the HTML checker), and ?q= from the home page's
 * search form.
 */
export function startSearch(container: HTMLElement) {
  const locale = container.dataset.locale ?? '';
  const translations = JSON.parse(container.dataset.translations ?? '{}');
  if (!window.PagefindUI) return;
  const ui = new window.PagefindUI({
    element: container,
    // One bundle per locale (src/search/bundle-path.ts).
    bundlePath: container.dataset.bundle,
    showImages: false,
    showSubResults: true,
    resetStyles: false,
    translations,
    ...(STEMMERS[locale] ? { processTerm: STEMMERS[locale] } : {}),
  });
  const input = container.querySelector<HTMLInputElement>('input');
  const label = container.dataset.label ? document.getElementById(container.dataset.label) : null;
  if (input) {
    input.id = 'search-input';
    if (label) {
      input.setAttribute('aria-labelledby', label.id);
      label.setAttribute('for', input.id);
    }
  }
  const query = new URLSearchParams(location.search).get('q');
  if (query) {
    if (input) input.value = query;
    ui.triggerSearch(query);
  }
}
