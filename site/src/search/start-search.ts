import { stemLatvianQuery } from './latvian-stemmer';
import { latvianSearch } from './cross-language-search';
import { showLatvianResults } from './latvian-results-list';

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
  if (input) followWithLatvian(container, input, query ?? '');
}

/** Pagefind's UI waits as long after typing before it searches. */
const DEBOUNCE_MS = 300;

/**
 * On a page whose container names a Latvian bundle (data-latvian-bundle), searches it after
 * each query and shows what it finds in the section named by data-latvian-results, below
 * Pagefind's own results.
 */
function followWithLatvian(container: HTMLElement, input: HTMLInputElement, initial: string) {
  const { bundle, latvianBundle, latvianResults, latvianStatus } = container.dataset;
  const section = latvianResults ? document.getElementById(latvianResults) : null;
  const status = latvianStatus ? document.getElementById(latvianStatus) : null;
  if (!bundle || !latvianBundle || !section || !status) return;
  const search = latvianSearch(bundle, latvianBundle, stemLatvianQuery);
  let latest = 0;
  const run = async (term: string) => {
    const ticket = ++latest;
    const results = await search(term).catch(() => []);
    // An answer to an older query arrives late: the newer one wins.
    if (ticket === latest) showLatvianResults(section, status, term, results);
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const later = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(input.value), DEBOUNCE_MS);
  };
  input.addEventListener('input', later);
  // Pagefind's clear button empties the input without an input event.
  container.addEventListener('click', (event) => {
    if ((event.target as Element).closest('.pagefind-ui__search-clear')) later();
  });
  if (initial) void run(initial);
}
