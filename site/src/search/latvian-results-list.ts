import type { LatvianResult } from './cross-language-search';

/**
 * Copies a Pagefind excerpt as text, keeping only its <mark> elements, so nothing from the
 * index is ever inserted as markup.
 */
function excerptNodes(excerpt: string): Node[] {
  const parsed = new DOMParser().parseFromString(excerpt, 'text/html').body;
  return [...parsed.childNodes].map((node) => {
    if (node.nodeName !== 'MARK') return document.createTextNode(node.textContent ?? '');
    const mark = document.createElement('mark');
    mark.textContent = node.textContent;
    return mark;
  });
}

function resultItem({ url, title, excerpt }: LatvianResult): HTMLLIElement {
  const item = document.createElement('li');
  const heading = document.createElement('p');
  heading.className = 'search-lv__title';
  const link = document.createElement('a');
  link.href = url;
  link.hreflang = 'lv';
  link.lang = 'lv';
  link.textContent = title;
  heading.append(link);
  const text = document.createElement('p');
  text.className = 'search-lv__excerpt';
  text.lang = 'lv';
  text.append(...excerptNodes(excerpt));
  item.append(heading, text);
  return item;
}

/**
 * Shows the Latvian results for `query` in `section` (hidden when there are none) and says how
 * many there are in the polite live region `status`, whose template has a [COUNT].
 * `data-query` on the section records the query last answered.
 */
export function showLatvianResults(section: HTMLElement, status: HTMLElement, query: string, results: LatvianResult[]) {
  section.querySelector('ol')?.replaceChildren(...results.map(resultItem));
  section.hidden = results.length === 0;
  status.textContent = results.length ? (status.dataset.template ?? '').replace('[COUNT]', String(results.length)) : '';
  section.dataset.query = query;
}
