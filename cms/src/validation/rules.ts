/**
 * Content rules that Strapi's schema cannot express. Each rule sees the document as it will
 * be after the change (stored fields merged with the incoming ones) and returns a message
 * for the editor, or nothing when the document is fine.
 */
import { CONTENT_TYPES } from '@integra/contract/content-types';

export interface RuleContext {
  /** True when the change makes a version public (publish, or create/update as published). */
  publishing: boolean;
}

export interface RuleFailure {
  path: string;
  message: string;
}

export type Rule = (doc: Record<string, unknown>, context: RuleContext) => RuleFailure | undefined;

const time = (value: unknown): number | undefined => {
  if (value === null || value === undefined || value === '') return undefined;
  const parsed = new Date(value as string).getTime();
  return Number.isNaN(parsed) ? undefined : parsed;
};

const hasItems = (value: unknown): boolean =>
  Array.isArray(value) ? value.length > 0 : value !== null && value !== undefined && value !== '';

/** "end" may not come before "start" (events and Dialogue meetings). */
export const endNotBeforeStart: Rule = (doc) => {
  const start = time(doc.start);
  const end = time(doc.end);
  if (start !== undefined && end !== undefined && end < start) {
    return { path: 'end', message: 'The end is before the start: set an end that is the same as or later than the start.' };
  }
  return undefined;
};

/** A published resource must give the reader something: at least one file or an external URL. */
export const resourceHasFileOrUrl: Rule = (doc, { publishing }) => {
  if (!publishing) return undefined;
  const url = typeof doc.externalUrl === 'string' ? doc.externalUrl.trim() : '';
  if (!hasItems(doc.files) && !url) {
    return { path: 'files', message: 'A resource needs at least one file or an external URL before it can be published.' };
  }
  return undefined;
};

/**
 * Why a value cannot be a link on the site, or undefined when it can. The schema's regex
 * (`^https?://\S+$`) lets through values such as `https://example.com:80a` or `https://[`,
 * on which the site's `new URL()` throws and every build fails; links without a regex
 * (shared.link) would take `javascript:` too. Only what the URL parser accepts as http(s) passes.
 */
export function linkProblem(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'is not a complete web address';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return `is a ${url.protocol} address, not a web page`;
  if (!url.hostname) return 'has no host name';
  return undefined;
}

/** The values at a dotted path, `*` standing for every item of a repeatable component. */
function valuesAt(value: unknown, path: string[], at: string[] = []): { path: string; value: unknown }[] {
  if (path.length === 0) return [{ path: at.join('.'), value }];
  if (value === null || typeof value !== 'object') return [];
  const [head, ...rest] = path as [string, ...string[]];
  if (head === '*') return Array.isArray(value) ? value.flatMap((item, i) => valuesAt(item, rest, [...at, String(i)])) : [];
  return valuesAt((value as Record<string, unknown>)[head], rest, [...at, head]);
}

/**
 * Every listed field the site renders as a link must hold an http(s) address that parses.
 * Checked on drafts too: a draft is published as it is, and the editor learns it while typing.
 */
export const linksAreWebAddresses =
  (fields: string[]): Rule =>
  (doc) => {
    for (const field of fields) {
      for (const { path, value } of valuesAt(doc, field.split('.'))) {
        if (typeof value !== 'string' || value === '') continue;
        const problem = linkProblem(value);
        if (problem) {
          return {
            path,
            message: `${path}: "${value}" ${problem}. Enter the full address of a web page, starting with https:// (or http://), for example https://www.latvija.gov.lv`,
          };
        }
      }
    }
    return undefined;
  };

/** Fields, per content type, that the site renders as links (components by their field path). */
export const LINK_FIELDS: Record<string, string[]> = {
  [CONTENT_TYPES.resources.uid]: ['externalUrl'],
  [CONTENT_TYPES.events.uid]: ['onlineUrl', 'registrationUrl'],
  [CONTENT_TYPES.meetings.uid]: ['onlineUrl'],
  [CONTENT_TYPES.organisations.uid]: ['website'],
  [CONTENT_TYPES.services.uid]: ['contact.website'],
  [CONTENT_TYPES.global.uid]: ['contact.website', 'footerLinks.*.url'],
};

const links = (uid: string) => linksAreWebAddresses(LINK_FIELDS[uid] ?? []);

/** Rules per content type, by Strapi UID (what the Document Service middleware sees). */
export const RULES: Record<string, Rule[]> = {
  [CONTENT_TYPES.events.uid]: [endNotBeforeStart, links(CONTENT_TYPES.events.uid)],
  [CONTENT_TYPES.meetings.uid]: [endNotBeforeStart, links(CONTENT_TYPES.meetings.uid)],
  [CONTENT_TYPES.resources.uid]: [resourceHasFileOrUrl, links(CONTENT_TYPES.resources.uid)],
  [CONTENT_TYPES.organisations.uid]: [links(CONTENT_TYPES.organisations.uid)],
  [CONTENT_TYPES.services.uid]: [links(CONTENT_TYPES.services.uid)],
  [CONTENT_TYPES.global.uid]: [links(CONTENT_TYPES.global.uid)],
};
