/** One document as a feed item: what RSS readers show and how they sort it. */
export interface FeedItem {
  title: string;
  description: string;
  link: string;
  pubDate: Date;
}

/**
 * The date a feed gives a document: an event or meeting its start, a resource its
 * publication date, anything else (a service) its last update.
 */
export function feedDate(doc: { start?: string | null; publicationDate?: string | null; updatedAt: string }): Date {
  return new Date(doc.start ?? doc.publicationDate ?? doc.updatedAt);
}

/**
 * Feed items newest first; equal dates in the order of their links, so the feed is the same
 * whatever order the content store holds the documents in (an incremental build and a full
 * build of the same content give the same bytes).
 */
export const newestFirst = <T extends { pubDate: Date; link: string }>(items: T[]): T[] =>
  [...items].sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime() || (a.link < b.link ? -1 : a.link > b.link ? 1 : 0));
