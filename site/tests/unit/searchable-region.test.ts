import { describe, expect, it } from 'vitest';
import { searchableRegion } from '../../src/integrations/searchable-region';

const page = (main: string, { lang = 'en', head = '<title>T</title>' } = {}) =>
  `<!DOCTYPE html><html lang="${lang}"><head>${head}<style>main > p { color: red }</style></head><body><header><a href="/">Home</a></header>` +
  `<main id="main" data-pagefind-body>${main}</main><footer data-pagefind-ignore>Footer</footer></body></html>`;

describe('searchableRegion', () => {
  it('keeps what search reads and leaves out the head, the header, the footer and ignored parts', () => {
    const region = searchableRegion(
      page(
        '<h1 data-pagefind-meta="title">Advice</h1><p class="notice" data-pagefind-ignore>Updated <time>3 December</time></p><p>Body</p>',
      ),
    )!;
    expect(region).toContain('lang=en');
    expect(region).toContain('<h1 data-pagefind-meta="title">Advice</h1>');
    expect(region).toContain('<p>Body</p>');
    expect(region).not.toContain('Updated');
    expect(region).not.toContain('December');
    expect(region).not.toContain('Footer');
    expect(region).not.toContain('Home');
  });

  it('is the same when only an ignored part, the head or the rest of the page changes, and differs when searched text does', () => {
    const base = searchableRegion(page('<p data-pagefind-ignore>Old notice</p><p>Body</p>'));
    expect(searchableRegion(page('<p data-pagefind-ignore>New notice <b>bold</b></p><p>Body</p>', { head: '<title>Other</title>' }))).toBe(
      base,
    );
    expect(searchableRegion(page('<p>Body</p>'))).toBe(base);
    expect(searchableRegion(page('<p data-pagefind-ignore>Old notice</p><p>Body changed</p>'))).not.toBe(base);
    expect(searchableRegion(page('<p data-pagefind-ignore>Old notice</p><p>Body</p>', { lang: 'ru' }))).not.toBe(base);
  });

  it('keeps filters and metadata inside ignored parts, which Pagefind still reads', () => {
    const topics = (name: string) =>
      searchableRegion(
        page(`<section data-pagefind-ignore><h2>Topics</h2><a href="/t/" data-pagefind-filter="Topic">${name}</a></section><p>Body</p>`),
      )!;
    expect(topics('Housing')).toContain('<a href="/t/" data-pagefind-filter="Topic">Housing</a>');
    expect(topics('Housing')).not.toContain('<h2>Topics</h2>');
    expect(topics('Work')).not.toBe(topics('Housing'));
  });

  it('follows nesting, void elements, quoted ">" and elements whose content is text', () => {
    const region = searchableRegion(
      page(
        '<div><div data-pagefind-ignore><div>x</div><img src="a.png" alt="a > b"><br/></div><p title="1 > 0">kept</p><script>if (a < b) {}</script></div>',
      ),
    )!;
    expect(region).toContain('<p title="1 > 0">kept</p>');
    expect(region).toContain('if (a < b) {}');
    expect(region).not.toContain('a.png');
    expect(region.endsWith('</main>')).toBe(true);
  });

  it('gives undefined when there is no searchable element or it never closes, so the whole page is hashed', () => {
    expect(searchableRegion('<html lang="lv"><body><main>x</main></body></html>')).toBeUndefined();
    expect(searchableRegion('<html lang="lv"><body><main data-pagefind-body><p>cut short')).toBeUndefined();
  });
});
