/**
 * Content rules that Strapi's schema cannot express. Each rule sees the document as it will
 * be after the change (stored fields merged with the incoming ones) and returns a message
 * for the editor, or nothing when the document is fine.
 */
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

/** Rules per content type. */
export const RULES: Record<string, Rule[]> = {
  'api::event.event': [endNotBeforeStart],
  'api::dialogue-meeting.dialogue-meeting': [endNotBeforeStart],
  'api::resource.resource': [resourceHasFileOrUrl],
};
