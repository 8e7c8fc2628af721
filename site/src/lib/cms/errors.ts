/** Where a CMS problem happened: enough for an editor or operator to find the entry. */
export interface CmsErrorContext {
  contentType: string;
  locale?: string;
  /** documentId or slug of the entry at fault, when one is. */
  entry?: string;
}

/**
 * The one error the site's CMS code throws: it names the content type, locale and entry, so a
 * failed build says what to fix ("event 'x' in ru: start: Required").
 */
export class CmsError extends Error {
  readonly contentType: string;
  readonly locale?: string;
  readonly entry?: string;
  /** The message without the "CMS <where>:" prefix. */
  readonly detail: string;

  constructor(message: string, context: CmsErrorContext, options?: { cause?: unknown }) {
    const where = [context.contentType, context.entry && `entry "${context.entry}"`, context.locale && `locale ${context.locale}`]
      .filter(Boolean)
      .join(', ');
    super(`CMS ${where}: ${message}`, options);
    this.name = 'CmsError';
    this.contentType = context.contentType;
    this.locale = context.locale;
    this.entry = context.entry;
    this.detail = message;
  }
}
