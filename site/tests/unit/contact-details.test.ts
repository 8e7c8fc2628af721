import { describe, expect, it } from 'vitest';
import { telHref } from '../../src/utils/phone';
import { venueLine, whereOf } from '../../src/lib/events';
import type { DocumentData } from '../../src/lib/content';

describe('telHref', () => {
  it('keeps only the plus and the digits of a phone number as editors write it', () => {
    expect(telHref('+371 6700 0001')).toBe('tel:+37167000001');
    expect(telHref('(+371) 67-000-001')).toBe('tel:+37167000001');
    expect(telHref('+371\u00a06700.0001')).toBe('tel:+37167000001');
  });

  it('gives no link for text without a digit', () => {
    expect(telHref('ask at the desk')).toBeUndefined();
    expect(telHref('')).toBeUndefined();
  });
});

describe('venueLine', () => {
  it('joins the venue and its address, leaving out what is missing', () => {
    expect(venueLine({ name: 'Rīgas Kongresu nams', address: 'Kr. Valdemāra iela 5' })).toBe('Rīgas Kongresu nams, Kr. Valdemāra iela 5');
    expect(venueLine({ name: 'Zāle', address: null })).toBe('Zāle');
    expect(venueLine(undefined)).toBeUndefined();
  });

  it('gives way to the online link in calendars when there is no venue', () => {
    const online = { venue: null, onlineUrl: 'https://meet.example.lv/x' } as unknown as DocumentData<'events'>;
    expect(whereOf(online)).toBe('https://meet.example.lv/x');
    expect(whereOf({ ...online, venue: { name: 'Zāle' } } as DocumentData<'events'>)).toBe('Zāle');
  });
});
