import { z } from 'astro/zod';
import { RESOURCE_KINDS } from '@integra/contract/resource-kinds';

/** Strapi blocks: validated as a list of typed nodes; the renderer decides what to show. */
const blockNode: z.ZodType<{ type: string; [key: string]: unknown }> = z.looseObject({ type: z.string() });
export const blocksSchema = z
  .array(blockNode)
  .nullish()
  .transform((v) => v ?? []);

const optionalText = z
  .string()
  .nullish()
  .transform((v) => v ?? undefined);

/**
 * An optional web address (the CMS's `^https?://\S+$` fields). The CMS's pattern lets through
 * values no browser can parse (`https://example.com:80a`, `https://[`); here they fail
 * validation, so the build names the entry and the field instead of crashing on `new URL()`.
 */
export const webUrl = z
  .string()
  .nullish()
  .transform((v) => v?.trim() || undefined)
  .superRefine((v, ctx) => {
    if (v === undefined) return;
    const protocol = URL.canParse(v) ? new URL(v).protocol : '';
    if (protocol !== 'http:' && protocol !== 'https:')
      ctx.addIssue({ code: 'custom', message: `not a valid http(s) address: ${JSON.stringify(v)}` });
  });

export const mediaSchema = z.object({
  url: z.string(),
  name: z.string(),
  mime: z.string(),
  /** kilobytes, as Strapi reports it */
  size: z.number(),
  ext: optionalText,
  width: z.number().nullish(),
  height: z.number().nullish(),
  alternativeText: optionalText,
  /** When the file last changed: a rebuild fetches it again only then. */
  updatedAt: optionalText,
});

export const imageSchema = z.object({
  file: mediaSchema.nullish(),
  alt: z.string().min(1),
  caption: optionalText,
});

const named = z.object({ documentId: z.string(), name: z.string(), slug: z.string() });
const municipality = named;
const organisation = named.extend({ kind: z.string(), website: webUrl });
const language = z.object({ documentId: z.string(), code: z.string(), nativeName: z.string() });

const contact = z
  .object({ phone: optionalText, email: optionalText, address: optionalText, website: webUrl, openingHours: optionalText })
  .nullish()
  .transform((v) => v ?? undefined);

const venue = z
  .object({ name: z.string(), address: optionalText, municipality: municipality.nullish() })
  .nullish()
  .transform((v) => v ?? undefined);

const list = <T extends z.ZodType>(item: T) =>
  z
    .array(item)
    .nullish()
    .transform((v) => v ?? []);

/** Fields every localized document has. */
const documentBase = z.object({
  documentId: z.string(),
  locale: z.string(),
  slug: z.string().min(1),
  updatedAt: z.string(),
});

const article = documentBase.extend({ title: z.string().min(1), summary: z.string() });

export const serviceSchema = article.extend({
  body: blocksSchema,
  howToApply: blocksSchema,
  eligibility: blocksSchema,
  cost: optionalText,
  category: named.extend({ order: z.number().nullish() }).nullish(),
  audiences: list(named),
  topics: list(named),
  provider: organisation.nullish(),
  contact,
  municipalities: list(municipality),
  languages: list(language),
});

export const eventSchema = article
  .extend({
    body: blocksSchema,
    start: z.iso.datetime({ offset: true }),
    end: z.iso.datetime({ offset: true }).nullish(),
    allDay: z.boolean().nullish(),
    venue,
    onlineUrl: webUrl,
    organiser: organisation.nullish(),
    registrationUrl: webUrl,
    registrationDeadline: z.string().nullish(),
    topics: list(named),
    audiences: list(named),
    languages: list(language),
    cover: imageSchema.nullish(),
  })
  .refine((e) => !e.end || e.end >= e.start, { message: 'end is before start', path: ['end'] });

export const resourceSchema = article.extend({
  body: blocksSchema,
  kind: z.enum(RESOURCE_KINDS),
  files: list(mediaSchema),
  externalUrl: webUrl,
  languages: list(language),
  topics: list(named),
  publicationDate: z.string().nullish(),
});

export const meetingSchema = article.extend({
  start: z.iso.datetime({ offset: true }),
  end: z.iso.datetime({ offset: true }).nullish(),
  topic: named.nullish(),
  format: z.enum(['in-person', 'online', 'hybrid']),
  venue,
  onlineUrl: webUrl,
  agenda: blocksSchema,
  participants: list(organisation),
  outcomes: blocksSchema,
  quotes: list(z.object({ speaker: z.string(), role: optionalText, text: z.string() })),
  documents: list(mediaSchema),
  photos: list(imageSchema),
});

export const pageSchema = article.extend({ body: blocksSchema });

export const taxonomySchema = documentBase.extend({ name: z.string().min(1), description: optionalText, order: z.number().nullish() });

export const globalSchema = z.object({
  locale: z.string(),
  siteName: z.string(),
  tagline: optionalText,
  contact,
  footerLinks: list(z.object({ label: z.string(), url: z.string() })),
  demoNotice: optionalText,
});

export type Service = z.infer<typeof serviceSchema>;
export type CmsEvent = z.infer<typeof eventSchema>;
export type Resource = z.infer<typeof resourceSchema>;
export type Meeting = z.infer<typeof meetingSchema>;
export type Page = z.infer<typeof pageSchema>;
export type Taxonomy = z.infer<typeof taxonomySchema>;
export type Global = z.infer<typeof globalSchema>;
export type Media = z.infer<typeof mediaSchema>;
export type Block = z.infer<typeof blockNode>;
