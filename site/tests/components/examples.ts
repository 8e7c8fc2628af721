/**
 * Named examples of the site's shared components, edge cases included (a missing translation,
 * a very long Latvian title, HTML in a title, a row without a value). The component tests render
 * each one in every locale with Astro's Container API, check what it must show, and run axe over
 * it in Chromium.
 */
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
import Card from '../../src/components/Card.astro';
import ContactBlock from '../../src/components/ContactBlock.astro';
import FactList from '../../src/components/FactList.astro';
import FallbackNotice from '../../src/components/FallbackNotice.astro';
import LanguageSwitcher from '../../src/components/LanguageSwitcher.astro';
import OutdatedNotice from '../../src/components/OutdatedNotice.astro';
import TopicLinks from '../../src/components/TopicLinks.astro';
import { LOCALES } from '../../src/i18n/locales';

export interface ComponentExamples {
  component: AstroComponentFactory;
  /** Each example's props for a reader of `locale`. */
  examples: Record<string, (locale: string) => Record<string, unknown>>;
  /** The element the component sits in on a page, when it needs one (a card is a list item). */
  wrap?: (html: string) => string;
}

const LONG_LATVIAN =
  'Bezmaksas latviešu valodas kursi pieaugušajiem, kuri uzturas Latvijā ar uzturēšanās atļauju un vēlas sagatavoties valsts valodas prasmes pārbaudei';
const HTML_TITLE = '<script>alert("x")</script> Kursi & <b>konsultācijas</b>';
/** A card's document: a course, linked in the reader's locale. */
const course = (locale: string) => ({ locale, href: `/${locale}/x/`, title: 'Valodas kursi', summary: 'Kursi pieaugušajiem.' });
const everyLanguage = LOCALES.map((locale) => ({ locale, url: `/${locale}/x/`, translated: true }));

export const COMPONENTS: Record<string, ComponentExamples> = {
  FactList: {
    component: FactList,
    examples: {
      'text, link, time and UI-string values': (locale) => ({
        locale,
        facts: [
          { label: 'events.when', value: '2026. gada 24. decembris 10:00–14:00', datetime: '2026-12-24T08:00:00.000Z' },
          { label: 'services.category', value: 'Latviešu valoda', href: `/${locale}/x/` },
          { label: 'dialogue.format', value: 'Klātienē', uiText: true },
          { label: 'services.cost', value: 'Bez maksas' },
        ],
      }),
      'rows without a value': (locale) => ({
        locale,
        facts: [
          { label: 'services.provider', value: 'Latviešu valodas aģentūra' },
          { label: 'services.cost', value: '' },
          { label: 'services.municipalities', value: undefined },
          { label: 'events.online', value: false, href: undefined },
          { label: 'facts.languages', value: null },
        ],
      }),
      'HTML in a value': (locale) => ({ locale, facts: [{ label: 'events.organiser', value: HTML_TITLE }] }),
      'very long Latvian value': (locale) => ({ locale, facts: [{ label: 'events.where', value: LONG_LATVIAN }] }),
    },
  },
  ContactBlock: {
    component: ContactBlock,
    examples: {
      'every detail': (locale) => ({
        locale,
        contact: {
          phone: '+371 6700 0001',
          email: 'info@example.lv',
          address: 'Rīga, Demo iela 5',
          website: 'https://valoda.lv',
          openingHours: 'Darba dienās 9:00–17:00',
        },
      }),
      'phone written with brackets and dashes, no website': (locale) => ({
        locale,
        contact: { phone: '(+371) 67-000-001', email: 'kursi@example.lv' },
      }),
      'unsafe website left out': (locale) => ({ locale, contact: { address: 'Rīga', website: 'javascript:alert(1)' } }),
    },
  },
  Card: {
    component: Card,
    wrap: (html) => `<ul class="cards">${html}</ul>`,
    examples: {
      'translated document': (locale) => ({ ...course(locale), meta: '24.12.2026', contentLocale: locale }),
      'untranslated original': (locale) => ({ ...course(locale), contentLocale: 'lv' }),
      'very long Latvian title': (locale) => ({ ...course(locale), title: LONG_LATVIAN, contentLocale: 'lv', headingLevel: 2 }),
      'HTML in a title': (locale) => ({ ...course(locale), title: HTML_TITLE, summary: HTML_TITLE }),
    },
  },
  FallbackNotice: {
    component: FallbackNotice,
    examples: { notice: (locale) => ({ locale }) },
  },
  OutdatedNotice: {
    component: OutdatedNotice,
    examples: {
      'with a link to the original': (locale) => ({ locale, updatedAt: '2026-11-02T10:00:00.000Z', originalUrl: '/lv/x/' }),
      'without a link': (locale) => ({ locale, updatedAt: '2026-11-02T10:00:00.000Z' }),
    },
  },
  LanguageSwitcher: {
    component: LanguageSwitcher,
    examples: {
      'every language': (locale) => ({ locale, alternates: everyLanguage }),
      'only some languages': (locale) => ({ locale, alternates: everyLanguage.filter((a) => a.locale === 'lv' || a.locale === locale) }),
    },
  },
  TopicLinks: {
    component: TopicLinks,
    examples: {
      'two topics': (locale) => ({
        locale,
        topics: [
          { name: 'Darbs', slug: 'darbs' },
          { name: HTML_TITLE, slug: 'html' },
        ],
      }),
    },
  },
};
