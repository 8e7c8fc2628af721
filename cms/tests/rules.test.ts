import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { endNotBeforeStart, LINK_FIELDS, linksAreWebAddresses, RULES, resourceHasFileOrUrl } from '../src/validation/rules';
import { CMS_ROOT } from './helpers/paths';
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
  it('guards every content type with a start and an end: events and Dialogue meetings', () => {
    const api = path.join(CMS_ROOT, 'src/api');
    const timed = readdirSync(api).filter((name) => {
      const schema = JSON.parse(readFileSync(path.join(api, name, 'content-types', name, 'schema.json'), 'utf8'));
      return schema.attributes.start?.type === 'datetime' && schema.attributes.end?.type === 'datetime';
    });
    expect(timed.sort()).toEqual(['dialogue-meeting', 'event']);
    for (const name of timed) expect(RULES[`api::${name}.${name}`], name).toContain(endNotBeforeStart);
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

describe('linksAreWebAddresses', () => {
  // Each passes the schema's regex ^https?://\S+$ but not new URL(), or is not a web page.
  const hostile = ['https://example.com:80a', 'https://[', 'http://', 'https://exa%mple.com', 'javascript:alert(1)', 'ftp://files.example'];

  it('refuses each hostile URL in every field the site renders as a link, naming the field path', () => {
    const cases: [string, Record<string, unknown>, string][] = [
      ['api::resource.resource', { externalUrl: '$' }, 'externalUrl'],
      ['api::event.event', { onlineUrl: '$' }, 'onlineUrl'],
      ['api::event.event', { registrationUrl: '$' }, 'registrationUrl'],
      ['api::dialogue-meeting.dialogue-meeting', { onlineUrl: '$' }, 'onlineUrl'],
      ['api::organisation.organisation', { website: '$' }, 'website'],
      ['api::service.service', { contact: { website: '$' } }, 'contact.website'],
      [
        'api::global.global',
        {
          footerLinks: [
            { label: 'ok', url: 'https://ok.example' },
            { label: 'bad', url: '$' },
          ],
        },
        'footerLinks.1.url',
      ],
    ];
    for (const [uid, shape, fieldPath] of cases) {
      for (const value of hostile) {
        const doc = JSON.parse(JSON.stringify(shape).replace('"$"', JSON.stringify(value)));
        const failures = RULES[uid]!.map((rule) => rule(doc, { publishing: false })).filter(Boolean);
        expect(failures, `${uid} ${value}`).toEqual([{ path: fieldPath, message: expect.stringContaining(`${fieldPath}: "${value}"`) }]);
        expect(failures[0]!.message).toContain('https://');
      }
    }
  });

  it('accepts full http and https addresses, and empty optional fields', () => {
    const rule = linksAreWebAddresses(LINK_FIELDS['api::global.global']!);
    const ok = { contact: { website: 'http://www.lv' }, footerLinks: [{ url: 'https://www.latvija.gov.lv/lv/pakalpojumi?x=1#a' }] };
    expect(rule(ok, { publishing: true })).toBeUndefined();
    expect(rule({ contact: { website: '' }, footerLinks: [] }, { publishing: true })).toBeUndefined();
    expect(rule({ contact: null }, { publishing: true })).toBeUndefined();
    expect(linksAreWebAddresses(['externalUrl'])({ externalUrl: 'https://example.com:8080/a' }, { publishing: true })).toBeUndefined();
  });

  it('covers every field of the content model that holds a URL', () => {
    // A string field with a URL regex, or named url or website, in a type or in a component it uses.
    const read = (file: string) => JSON.parse(readFileSync(file, 'utf8'));
    const componentsDir = path.join(CMS_ROOT, 'src', 'components', 'shared');
    const components = Object.fromEntries(
      readdirSync(componentsDir).map((f) => [`shared.${f.replace(/\.json$/, '')}`, read(path.join(componentsDir, f)).attributes]),
    );
    type Attribute = { type: string; regex?: string; component?: string; repeatable?: boolean };
    const urlFields = (attributes: Record<string, Attribute>, prefix = ''): string[] =>
      Object.entries(attributes).flatMap(([name, a]) => {
        if (a.type === 'component') return urlFields(components[a.component!], `${prefix}${name}.${a.repeatable ? '*.' : ''}`);
        const isUrl = a.type === 'string' && (/https\?/.test(a.regex ?? '') || /^(url|website)$|Url$/.test(name));
        return isUrl ? [`${prefix}${name}`] : [];
      });
    const apiDir = path.join(CMS_ROOT, 'src', 'api');
    const found: Record<string, string[]> = {};
    for (const api of readdirSync(apiDir)) {
      const fields = urlFields(read(path.join(apiDir, api, 'content-types', api, 'schema.json')).attributes);
      if (fields.length) found[`api::${api}.${api}`] = fields.sort();
    }
    expect(Object.fromEntries(Object.entries(LINK_FIELDS).map(([uid, fields]) => [uid, [...fields].sort()]))).toEqual(found);
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
