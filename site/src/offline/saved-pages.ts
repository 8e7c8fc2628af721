import { SAVED_PAGES_KEY } from './cache-names';

/** A page the reader saved for offline reading. */
export interface SavedPage {
  url: string;
  title: string;
  /** The page's <html lang>, so that the list can mark titles in another language. */
  lang: string;
}

/** The pages saved so far, newest first; nothing when storage is unavailable or garbled. */
export function savedPages(): SavedPage[] {
  try {
    const list: unknown = JSON.parse(localStorage.getItem(SAVED_PAGES_KEY) ?? '[]');
    return Array.isArray(list) ? list.filter((p): p is SavedPage => typeof p?.url === 'string' && typeof p?.title === 'string') : [];
  } catch {
    return [];
  }
}

const pathOf = (url: string) => new URL(url, location.href).pathname;

/** Records a saved page by its path (once per address, newest first). */
export function rememberSaved(page: SavedPage) {
  const path = pathOf(page.url);
  const others = savedPages().filter((p) => pathOf(p.url) !== path);
  try {
    localStorage.setItem(SAVED_PAGES_KEY, JSON.stringify([{ ...page, url: path }, ...others]));
  } catch {
    // Storage full or refused: the page is cached all the same, only left off the list.
  }
}
