import { describe, expect, it } from 'vitest';
import { blocksToHtml, blocksToText, safeHref } from '../../src/utils/blocks';

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

  it('keeps web, mail, phone and site-relative links, escaping quotes in them', () => {
    expect(blocksToHtml([paragraph(link('https://www.integration.lv/?a="b"'))])).toBe(
      '<p><a href="https://www.integration.lv/?a=&quot;b&quot;" rel="noopener">link</a></p>',
    );
    expect(safeHref('mailto:info@example.lv')).toBe('mailto:info@example.lv');
    expect(safeHref('tel:+37167000001')).toBe('tel:+37167000001');
    expect(safeHref('/lv/services/')).toBe('/lv/services/');
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

  it('gives the plain text for descriptions', () => {
    expect(blocksToText([paragraph(text('Viens')), paragraph(link('https://a.lv', 'divi'))])).toBe('Viens\n\ndivi');
  });
});
