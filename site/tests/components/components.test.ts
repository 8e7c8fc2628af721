import { readFileSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMPONENTS } from './examples';
import { launchBrowser } from '../helpers/browser';
import { LOCALES, localeInfo } from '../../src/i18n/locales';
import { useTranslations } from '../../src/i18n/ui';

const STYLES = readFileSync(new URL('../../src/styles/global.css', import.meta.url), 'utf8');

let container: AstroContainer;
let browser: Browser;
let page: Page;
beforeAll(async () => {
  container = await AstroContainer.create();
  browser = await launchBrowser();
  page = await (await browser.newContext()).newPage();
});
afterAll(() => browser?.close());

/** An example's HTML, as the component renders it for a reader of `locale`. */
const render = (component: string, example: string, locale: string) => {
  const { component: factory, examples } = COMPONENTS[component]!;
  return container.renderToString(factory, { props: examples[example]!(locale) });
};

/** The component on a page of its own, styled like the site, in the reader's language. */
const pageOf = (component: string, html: string, locale: string) =>
  `<!doctype html><html lang="${localeInfo(locale).htmlLang}"><head><meta charset="utf-8"><title>${component}</title><style>${STYLES}</style></head>` +
  `<body><main>${COMPONENTS[component]!.wrap?.(html) ?? html}</main></body></html>`;

describe('every example of every shared component, in every locale', () => {
  for (const [component, { examples }] of Object.entries(COMPONENTS)) {
    for (const example of Object.keys(examples)) {
      it(`${component}, ${example}: fills every placeholder and passes axe (WCAG 2.1 AA)`, async () => {
        for (const locale of LOCALES) {
          const html = await render(component, example, locale);
          expect(html, locale).not.toMatch(/\{\w+\}/);
          await page.setContent(pageOf(component, html, locale));
          // Legacy mode runs axe in the page itself: the examples have no frames, and no extra page is opened per run.
          const { violations } = await new AxeBuilder({ page })
            .setLegacyMode(true)
            .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
            .analyze();
          expect(
            violations.map((v) => `${locale}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
            `${component}, ${example}`,
          ).toEqual([]);
        }
      });
    }
  }
});

it.each([
  ['FactList', 'HTML in a value'],
  ['Card', 'HTML in a title'],
])('%s shows %s as text', async (component, example) => {
  const html = await render(component, example, 'lv');
  expect(html).not.toContain('<script>');
  expect(html).toContain('&lt;script&gt;alert');
  expect(html).toContain('&lt;b&gt;konsultācijas&lt;/b&gt;');
});

describe('FactList', () => {
  it('labels each row in the reader’s language and leaves out rows without a value', async () => {
    const html = await render('FactList', 'rows without a value', 'ru');
    expect(html).toBe(
      `<dl class="facts"><dt lang="ru">${useTranslations('ru')('services.provider')}</dt><dd>Latviešu valodas aģentūra</dd></dl>`,
    );
  });

  it('shows a link, a time, and a UI string in the reader’s language', async () => {
    const html = await render('FactList', 'text, link, time and UI-string values', 'en');
    expect(html).toContain('<dd><time datetime="2026-12-24T08:00:00.000Z">');
    expect(html).toContain('<dd><a href="/en/x/">Latviešu valoda</a></dd>');
    expect(html).toContain('<dd lang="en">Klātienē</dd>');
  });
});

describe('ContactBlock', () => {
  it('links the phone for dialing with only its plus and digits, and the e-mail address', async () => {
    const html = await render('ContactBlock', 'phone written with brackets and dashes, no website', 'lv');
    expect(html).toContain('<a href="tel:+37167000001">(+371) 67-000-001</a>');
    expect(html).toContain('<a href="mailto:kursi@example.lv">kursi@example.lv</a>');
    expect(html).not.toContain(useTranslations('lv')('contact.website'));
  });

  it('shows a website without its scheme, and leaves out one that is not a web address', async () => {
    expect(await render('ContactBlock', 'every detail', 'en')).toContain('<a href="https://valoda.lv">valoda.lv</a>');
    const unsafe = await render('ContactBlock', 'unsafe website left out', 'en');
    expect(unsafe).not.toContain('javascript:');
    expect(unsafe).not.toContain(useTranslations('en')('contact.website'));
  });
});

describe('Card', () => {
  it('marks the untranslated original with a badge and its language', async () => {
    const html = await render('Card', 'untranslated original', 'uk');
    expect(html).toContain('<a href="/uk/x/" lang="lv">Valodas kursi</a>');
    expect(html).toContain(`<span class="badge">${useTranslations('uk')('fallback.badge')}</span>`);
    expect(await render('Card', 'translated document', 'uk')).not.toContain('class="badge"');
  });
});

describe('OutdatedNotice', () => {
  it('puts the date of the original’s change in a <time> inside the sentence, and links the original in Latvian', async () => {
    const html = await render('OutdatedNotice', 'with a link to the original', 'en');
    expect(html).toMatch(/<time datetime="2026-11-02T10:00:00.000Z">[^<]*2026<\/time>/);
    expect(html).toContain('<a href="/lv/x/" hreflang="lv">');
    expect(await render('OutdatedNotice', 'without a link', 'en')).not.toContain('<a ');
  });
});

describe('LanguageSwitcher', () => {
  it('marks the current language and links only the languages the page has', async () => {
    const html = await render('LanguageSwitcher', 'only some languages', 'ru');
    expect(html.match(/<a /g)).toHaveLength(2);
    expect(html).toMatch(/<a href="\/ru\/x\/" aria-current="page" lang="ru" hreflang="ru">/);
    expect(html).not.toContain('/en/x/');
  });
});
