import { describe, expect, it } from 'vitest';
import { endNotBeforeStart, resourceHasFileOrUrl } from '../src/validation/rules';
import { asksForDrafts } from '../src/middlewares/drafts-need-token';
import { toBlocks } from '../seed/blocks';
import { slugify } from '../seed/slugify';
import { rigaTime } from '../seed/time';

describe('endNotBeforeStart', () => {
  it('rejects an end before the start and names the end field', () => {
    expect(endNotBeforeStart({ start: '2026-05-01T10:00:00Z', end: '2026-05-01T09:59:00Z' }, { publishing: false })).toMatchObject({
      path: 'end',
    });
  });
  it('accepts an end equal to the start, a later end, or no end', () => {
    expect(endNotBeforeStart({ start: '2026-05-01T10:00:00Z', end: '2026-05-01T10:00:00Z' }, { publishing: true })).toBeUndefined();
    expect(endNotBeforeStart({ start: '2026-05-01T10:00:00Z', end: '2026-05-02T10:00:00Z' }, { publishing: true })).toBeUndefined();
    expect(endNotBeforeStart({ start: '2026-05-01T10:00:00Z', end: null }, { publishing: true })).toBeUndefined();
  });
});

describe('resourceHasFileOrUrl', () => {
  it('refuses to publish a resource with neither files nor a URL', () => {
    expect(resourceHasFileOrUrl({ files: [], externalUrl: '  ' }, { publishing: true })).toMatchObject({ path: 'files' });
  });
  it('lets a draft be saved before its file is uploaded', () => {
    expect(resourceHasFileOrUrl({ files: [] }, { publishing: false })).toBeUndefined();
  });
  it('accepts a file alone or a URL alone', () => {
    expect(resourceHasFileOrUrl({ files: [{ id: 1 }] }, { publishing: true })).toBeUndefined();
    expect(resourceHasFileOrUrl({ externalUrl: 'https://example.lv' }, { publishing: true })).toBeUndefined();
  });
});

describe('asksForDrafts', () => {
  it('sees draft requests in v5 and v4 syntax but not published ones', () => {
    expect(asksForDrafts({ status: 'draft' })).toBe(true);
    expect(asksForDrafts({ publicationState: 'preview' })).toBe(true);
    expect(asksForDrafts({ status: 'published' })).toBe(false);
    expect(asksForDrafts({})).toBe(false);
  });
});

describe('seed helpers', () => {
  it('slugifies Latvian, Russian and Ukrainian titles to ASCII', () => {
    expect(slugify('Uzturēšanās atļaujas pieprasīšana')).toBe('uzturesanas-atlaujas-pieprasisana');
    expect(slugify('Вид на жительство')).toBe('vid-na-zhitelstvo');
    expect(slugify('Їжа та житло')).toBe('yizha-ta-zhitlo');
  });
  it('converts Riga wall-clock time to UTC in winter and summer', () => {
    expect(rigaTime('2020-09-22', '10:00')).toBe('2020-09-22T07:00:00.000Z');
    expect(rigaTime('2026-01-20', '10:00')).toBe('2026-01-20T08:00:00.000Z');
  });
  it('turns seed text into paragraphs, lists and links', () => {
    expect(toBlocks('One [site](https://a.lv) here.\n\n– a\n– b')).toEqual([
      {
        type: 'paragraph',
        children: [
          { type: 'text', text: 'One ' },
          { type: 'link', url: 'https://a.lv', children: [{ type: 'text', text: 'site' }] },
          { type: 'text', text: ' here.' },
        ],
      },
      {
        type: 'list',
        format: 'unordered',
        children: [
          { type: 'list-item', children: [{ type: 'text', text: 'a' }] },
          { type: 'list-item', children: [{ type: 'text', text: 'b' }] },
        ],
      },
    ]);
  });
});
