/**
 * Search across languages: when the reader's own index finds few results, the Latvian index is
 * searched too. Many documents exist only in Latvian; their fallback pages in other languages
 * are not indexed (they would repeat the Latvian text in every language's index), so the
 * Latvian index is the only place search can find them.
 */

/** With fewer own-language results than this, Latvian results are looked for as well. */
export const FEW_RESULTS = 3;
/** The most Latvian results shown: they supplement the reader's results, they do not replace them. */
export const MAX_LATVIAN_RESULTS = 5;

/** One Latvian result, as the page shows it. */
export interface LatvianResult {
  url: string;
  title: string;
  /** Pagefind's excerpt: escaped text with <mark> around the words found. */
  excerpt: string;
}

interface PagefindHit {
  data(): Promise<{ url: string; excerpt: string; content: string; meta: { title?: string } }>;
}
interface PagefindSearch {
  search(term: string): Promise<{ results: PagefindHit[] } | null>;
}
/** The parts of Pagefind's JS API (pagefind.js, 1.6) used here. */
interface PagefindModule extends PagefindSearch {
  createInstance(options: { basePath: string }): PagefindSearch;
}

/**
 * A search function for the reader's bundle that answers the Latvian results to show for a
 * term: none when the term is empty or the reader's own language has enough results, and
 * never the original of a translation the reader's own results already show.
 * `stem` prepares a term for the Latvian index (Pagefind has no Latvian stemmer).
 */
export function latvianSearch(ownBundle: string, latvianBundle: string, stem: (term: string) => string) {
  // The same URL Pagefind's UI imports, so the same module: its wasm and index chunks are shared.
  let loaded: Promise<PagefindModule> | undefined;
  let latvian: PagefindSearch | undefined;
  return async (term: string): Promise<LatvianResult[]> => {
    if (!term.trim()) return [];
    loaded ??= import(/* @vite-ignore */ `${ownBundle}pagefind.js`) as Promise<PagefindModule>;
    const pagefind = await loaded;
    const own = (await pagefind.search(term))?.results ?? [];
    if (own.length >= FEW_RESULTS) return [];
    // A translation's page carries its Latvian original's title: an original whose title is on
    // one of the reader's own results is already found, in the reader's language.
    const shown = (await Promise.all(own.map((hit) => hit.data()))).map((d) => `${d.meta.title ?? ''}\n${d.content}`).join('\n');
    // A second instance of the same code over the Latvian bundle: its results never mix into
    // the reader's own, which Pagefind's UI ranks and shows as before.
    latvian ??= pagefind.createInstance({ basePath: latvianBundle });
    const hits = (await latvian.search(stem(term)))?.results ?? [];
    const data = await Promise.all(hits.slice(0, MAX_LATVIAN_RESULTS + own.length).map((hit) => hit.data()));
    return data
      .filter((d) => !d.meta.title || !shown.includes(d.meta.title))
      .slice(0, MAX_LATVIAN_RESULTS)
      .map((d) => ({ url: d.url, title: d.meta.title ?? d.url, excerpt: d.excerpt }));
  };
}
