import { describe, expect, it } from 'vitest';
import { blockImages, blocksToHtml, headingLevel, safeHref, safeImageSrc } from '../../src/utils/blocks';

const paragraph = (...children: unknown[]) => ({ type: 'paragraph', children });
const text = (t: string, marks: Record<string, boolean> = {}) => ({ type: 'text', text: t, ...marks });
const link = (url: string, label = 'link') => ({ type: 'link', url, children: [text(label)] });

describe('blocksToHtml', () => {
  it('renders paragraphs, headings under the page h1, lists and marks', () => {
    const html = blocksToHtml([
      { type: 'heading', level: 1, children: [text('Virsraksts')] },
      paragraph(text('Treknrakstā', { bold: true }), text(' un '), text('slīprakstā', { italic: true })),
      { type: 'list', format: 'ordered', children: [{ type: 'list-item', children: [text('viens')] }] },
    ]);
    expect(html).toBe('<h2>Virsraksts</h2>\n<p><strong>Treknrakstā</strong> un <em>slīprakstā</em></p>\n<ol><li>viens</li></ol>');
  });

  it('escapes HTML in text, so markup typed by an editor shows as text', () => {
    expect(blocksToHtml([paragraph(text('<script>alert(1)</script> & "x"'))])).toBe(
      '<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;</p>',
    );
  });

  it('drops javascript:, data: and disguised scheme links but keeps their text', () => {
    for (const url of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'java\tscript:alert(1)',
      ' javascript:alert(1)',
      'data:text/html,<b>x</b>',
      '//evil.example/x',
      'vbscript:x',
    ]) {
      expect(blocksToHtml([paragraph(link(url, 'klikšķini'))]), url).toBe('<p>klikšķini</p>');
    }
  });

  it('drops site-relative-looking links that browsers resolve to another host', () => {
    for (const url of [
      '/\\evil.example/',
      '\\/evil.example/',
      '/\\\\evil.example/',
      '\\\\evil.example/',
      '/\t/evil.example/',
      '/\n/evil.example/',
      '/\r\n/evil.example/',
      '\t//evil.example/',
      ' //evil.example/',
      '/\t\\evil.example/',
      '///evil.example/',
    ]) {
      expect(safeHref(url), JSON.stringify(url)).toBeUndefined();
      expect(blocksToHtml([paragraph(link(url, 'klikšķini'))]), JSON.stringify(url)).toBe('<p>klikšķini</p>');
    }
  });

  it('drops links that no browser can parse instead of failing the build', () => {
    for (const url of ['https://[', 'https://example.com:80a', 'http://exa mple.com/', '', '   ', 'services/']) {
      expect(safeHref(url), JSON.stringify(url)).toBeUndefined();
    }
  });

  it('keeps site-relative links that stay on the site, in the form browsers read them', () => {
    expect(safeHref('/%5Cevil.example/')).toBe('/%5Cevil.example/');
    expect(safeHref('/lv/a\\b/')).toBe('/lv/a/b/');
    expect(safeHref('/lv/pakalpojumi/?q=1#top')).toBe('/lv/pakalpojumi/?q=1#top');
    expect(safeHref('#contacts')).toBe('#contacts');
    expect(safeHref('/ /x')).toBe('/%20/x');
  });

  it('keeps web, mail, phone and site-relative links, escaping quotes in them', () => {
    expect(blocksToHtml([paragraph(link('https://www.integration.lv/?a="b"'))])).toBe(
      '<p><a href="https://www.integration.lv/?a=&quot;b&quot;" rel="noopener">link</a></p>',
    );
    expect(safeHref('mailto:info@example.lv')).toBe('mailto:info@example.lv');
    expect(safeHref('tel:+37167000001')).toBe('tel:+37167000001');
    expect(safeHref('/lv/pakalpojumi/')).toBe('/lv/pakalpojumi/');
  });

  it('renders heading levels as whole numbers from 1 to 6', () => {
    const heading = (level: unknown) => blocksToHtml([{ type: 'heading', level, children: [text('V')] }], 1);
    expect(heading(1.5)).toBe('<h3>V</h3>');
    expect(heading(1.4)).toBe('<h2>V</h2>');
    expect(heading(0)).toBe('<h2>V</h2>');
    expect(heading(-3)).toBe('<h2>V</h2>');
    expect(heading(9)).toBe('<h6>V</h6>');
    expect(heading('3')).toBe('<h4>V</h4>');
    for (const level of [undefined, null, 'x', '', NaN, Infinity, {}, true]) expect(heading(level), String(level)).toBe('<h3>V</h3>');
    expect(headingLevel(2.5, 0.6)).toBe(4);
    expect(headingLevel(6, 3)).toBe(6);
  });

  it('ignores unknown and malformed nodes instead of failing the build', () => {
    expect(
      blocksToHtml([
        null,
        42,
        { nope: true },
        { type: 'mystery', children: [text('teksts')] },
        { type: 'image', image: { url: 'javascript:x' } },
      ]),
    ).toBe('<p>teksts</p>\n');
    expect(blocksToHtml('not blocks')).toBe('');
  });

  it('shows images from where the site serves them, and lists which ones to copy', () => {
    const blocks = [
      { type: 'image', image: { url: '/uploads/map_1a2b.png', alternativeText: 'Karte', updatedAt: '2025-01-01T00:00:00.000Z' } },
      { type: 'image', image: { url: 'javascript:x' } },
      paragraph(text('teksts')),
    ];
    expect(blockImages(blocks)).toEqual([{ url: '/uploads/map_1a2b.png', updatedAt: '2025-01-01T00:00:00.000Z' }]);
    expect(blocksToHtml(blocks, 1, new Map([['/uploads/map_1a2b.png', '/media/map_1a2b.0123456789ab.png']]))).toBe(
      '<img src="/media/map_1a2b.0123456789ab.png" alt="Karte" loading="lazy">\n\n<p>teksts</p>',
    );
  });

  it('takes as images only http(s) addresses and paths under /uploads/, so a mailto:, tel: or # image never reaches the file fetch', () => {
    const image = (url: string) => ({ type: 'image', image: { url, alternativeText: '' } });
    const links = [
      'mailto:a@b.lv',
      'tel:+37100000000',
      '#section',
      '/lv/pakalpojumi/',
      '/uploads/../admin/',
      '/%2e%2e/admin',
      '//evil.example/x.png',
    ];
    for (const url of links) expect(safeImageSrc(url), url).toBeUndefined();
    expect(blockImages(links.map(image))).toEqual([]);
    expect(blocksToHtml(links.map(image)).trim()).toBe('');
    expect(safeImageSrc('/uploads/a/../b.png')).toBe('/uploads/b.png');
    expect(safeImageSrc('http://169.254.169.254/latest/meta-data/')).toBe('http://169.254.169.254/latest/meta-data/');
    // An absolute address is still an image: whether the build may fetch it is the CMS client's call.
    expect(blockImages([image('https://media.example.lv/a.png'), image(' /uploads/a.png ')]).map((i) => i.url)).toEqual([
      'https://media.example.lv/a.png',
      '/uploads/a.png',
    ]);
  });
});
