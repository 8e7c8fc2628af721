import { originalTitle, type Localized, type Resolved } from './fallback';
import { outdatedSince } from './outdated';

/** What a translation's page shows of its Latvian original; nothing on other pages. */
export interface OriginalProps {
  /** The Latvian original's title, on a translation (shown beside its own title). */
  latvianTitle?: string;
  /** When the Latvian original was last changed, on a translation older than it (the outdated notice). */
  latvianUpdatedAt?: string;
}

/**
 * The props a document page gets from its Latvian original, the same for the public build and
 * the preview server. Only the fields that apply are set, so a page's cache key (which covers
 * every prop) changes only when what the page shows does.
 */
export function originalProps(versions: Map<string, object>, resolved: Resolved<Localized>, defaultLocale: string): OriginalProps {
  const latvianTitle = originalTitle(versions, resolved, defaultLocale);
  const latvianUpdatedAt = outdatedSince(versions, resolved, defaultLocale);
  return { ...(latvianTitle ? { latvianTitle } : {}), ...(latvianUpdatedAt ? { latvianUpdatedAt } : {}) };
}
