import type { z } from 'astro/zod';

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

/**
 * An entry checked against its schema: the parsed data, or a CmsError naming the first problem's
 * field ("summary: Required") and where the entry is. Builds and previews check entries alike.
 */
export function parseEntry<S extends z.ZodType>(schema: S, raw: unknown, context: CmsErrorContext): z.output<S> {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw new CmsError(`${issue?.path.join('.') || 'entry'}: ${issue?.message}`, context);
}
