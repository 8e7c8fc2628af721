import type { Core, UID } from '@strapi/strapi';
import { DEFAULT_LOCALE } from '@integra/contract/locales';
import { CONTENT_TYPES } from '@integra/contract/content-types';
import { slugify } from './slugify';

/** Deterministic pseudo-random numbers (mulberry32), so two runs generate the same content. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Words of each language, with its letters (Latvian diacritics, Cyrillic) in realistic mix.
const WORDS: Record<string, string[]> = {
  lv: 'iebraucējs uzturēšanās atļauja pakalpojums konsultācija ģimene dzīvesvieta deklarēšana latviešu valoda kursi darba devējs nodarbinātība izglītība bērnudārzs skola veselības aprūpe ārsts sociālais atbalsts pabalsts juridiskā palīdzība mājoklis īre pašvaldība iestāde dokumenti pieteikums termiņš maksa bezmaksas tulks pilsonība naturalizācija remigrācija koordinators sadarbība dialogs platforma tikšanās jautājumi informācija iespējas pieredze atbalstīt nodrošināt saņemt iesniegt reģistrēties'.split(
    ' ',
  ),
  en: 'newcomer residence permit service advice family address declaration Latvian language course employer employment education kindergarten school health care doctor social support benefit legal aid housing rent municipality institution documents application deadline fee free interpreter citizenship naturalisation return migration coordinator cooperation dialogue platform meeting questions information opportunities experience support provide receive submit register'.split(
    ' ',
  ),
  ru: 'иммигрант вид жительство услуга консультация семья место декларирование латышский язык курсы работодатель занятость образование детский сад школа здравоохранение врач социальная поддержка пособие юридическая помощь жильё аренда самоуправление учреждение документы заявление срок плата бесплатно переводчик гражданство натурализация реэмиграция координатор сотрудничество диалог платформа встреча вопросы информация возможности опыт поддержать обеспечить получить подать'.split(
    ' ',
  ),
  uk: 'іммігрант посвідка проживання послуга консультація родина місце декларування латиська мова курси роботодавець зайнятість освіта дитячий садок школа охорона здоровʼя лікар соціальна підтримка допомога юридична житло оренда самоврядування установа документи заява строк плата безкоштовно перекладач громадянство натуралізація реміграція координатор співпраця діалог платформа зустріч питання інформація можливості досвід підтримати забезпечити отримати подати'.split(
    ' ',
  ),
};

const sentence = (next: () => number, words: string[], length: number) => {
  const picked = Array.from({ length }, () => words[Math.floor(next() * words.length)]!);
  const text = picked.join(' ');
  return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
};

/** A paragraph-structured body of about `words` words, as Strapi blocks. */
function body(next: () => number, locale: string, words: number) {
  const paragraphs: { type: 'paragraph'; children: { type: 'text'; text: string }[] }[] = [];
  let left = words;
  while (left > 0) {
    const sentences = Array.from({ length: 4 }, () => sentence(next, WORDS[locale]!, 8 + Math.floor(next() * 8)));
    const text = sentences.join(' ');
    left -= text.split(' ').length;
    paragraphs.push({ type: 'paragraph', children: [{ type: 'text', text }] });
  }
  return paragraphs;
}

export interface SyntheticOptions {
  /** Documents per content type. */
  perType: number;
  locales: readonly string[];
  seed?: number;
}

const TYPES = ['services', 'events', 'resources', 'meetings'] as const;

/**
 * Fills the CMS with `perType` synthetic documents of each public type, every one in every
 * locale, 200–500 words each, related to the existing taxonomies (run the demo seed first).
 * For benchmarks only: the text is word salad. Returns the documents created.
 */
export async function generateSynthetic(strapi: Core.Strapi, { perType, locales, seed = 1 }: SyntheticOptions): Promise<number> {
  const next = random(seed);
  const ids = async (uid: string) =>
    (await strapi.db.query(uid as UID.ContentType).findMany({ select: ['documentId'], where: { locale: DEFAULT_LOCALE } })).map(
      (r: { documentId: string }) => r.documentId,
    );
  const [categories, topics, organisations] = [
    await ids(CONTENT_TYPES.categories.uid),
    await ids(CONTENT_TYPES.topics.uid),
    await ids(CONTENT_TYPES.organisations.uid),
  ];
  if (!categories.length) throw new Error('generate: run the demo seed first (no categories)');
  const pick = (list: string[]) => list[Math.floor(next() * list.length)]!;
  const file = await strapi.db.query('plugin::upload.file').findOne({ where: { mime: 'application/pdf' } });
  let created = 0;
  for (const type of TYPES) {
    const { uid } = CONTENT_TYPES[type];
    for (let i = 0; i < perType; i += 1) {
      const day = new Date(Date.UTC(2024, 0, 1) + Math.floor(next() * 1100) * 86_400_000);
      const start = new Date(day.getTime() + 8 * 3_600_000).toISOString();
      const shared: Record<string, unknown> = {
        services: { category: pick(categories), topics: [pick(topics)], provider: pick(organisations) },
        events: {
          start,
          end: new Date(Date.parse(start) + 7_200_000).toISOString(),
          topics: [pick(topics)],
          organiser: pick(organisations),
        },
        resources: { kind: 'guide', topics: [pick(topics)], ...(file ? { files: [file.id] } : {}) },
        meetings: { start, format: 'in-person', topic: pick(topics), participants: [pick(organisations)] },
      }[type];
      const words = 200 + Math.floor(next() * 300);
      const text = (locale: string) => {
        const title = `${sentence(next, WORDS[locale]!, 5).slice(0, -1)} ${i + 1}`;
        const field = type === 'meetings' ? 'outcomes' : 'body';
        return {
          title,
          slug: slugify(`${title}-${uid.split('.').pop()}`),
          summary: sentence(next, WORDS[locale]!, 18),
          [field]: body(next, locale, words),
        };
      };
      await strapi.db.transaction(async () => {
        const api = strapi.documents(uid as never) as any;
        const doc = await api.create({
          locale: locales[0],
          data: {
            ...text(locales[0]!),
            ...shared,
            ...(type === 'resources' && !file ? { externalUrl: 'https://example.lv' } : {}),
          },
          status: 'published',
        });
        for (const locale of locales.slice(1)) {
          await api.update({
            documentId: doc.documentId,
            locale,
            data: {
              ...text(locale),
              ...shared,
              ...(type === 'resources' && !file ? { externalUrl: 'https://example.lv' } : {}),
            },
            status: 'published',
          });
        }
      });
      created += 1;
    }
  }
  return created;
}
