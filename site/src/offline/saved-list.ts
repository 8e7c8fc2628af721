import { savedPages } from './saved-pages';

/**
 * Fills the offline page's list with the saved pages that are still in a cache (a new release
 * drops a page it can no longer fetch), or shows the "nothing saved" text.
 */
export async function showSavedPages(list: HTMLUListElement, empty: HTMLElement) {
  if (!('caches' in window)) return;
  const present = [];
  for (const page of savedPages()) if (await caches.match(page.url)) present.push(page);
  list.replaceChildren(
    ...present.map((page) => {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = page.url;
      link.textContent = page.title;
      if (page.lang && page.lang !== document.documentElement.lang) link.lang = page.lang;
      item.append(link);
      return item;
    }),
  );
  empty.hidden = present.length > 0;
}
