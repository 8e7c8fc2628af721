import { describe, expect, it } from 'vitest';
import {
  PREVIEW_LINK_TTL_SECONDS,
  signPreviewPath,
  signPreviewPathUntil,
  verifyPreviewLink,
  type PreviewTarget,
} from '../src/preview-link.ts';

const SECRET = 'unit-preview-secret-0123456789';
const target: PreviewTarget = { type: 'services', locale: 'lv', documentId: 'abc123', status: 'draft' };
const params = { type: target.type, locale: target.locale, documentId: target.documentId };
const queryOf = (path: string) => new URL(path, 'https://preview.invalid').searchParams;

describe('preview links', () => {
  it('verify when signed with the secret, and name their target and expiry', () => {
    const result = verifyPreviewLink(params, queryOf(signPreviewPath(target, SECRET)), SECRET);
    expect(result).toMatchObject({ ok: true, target });
  });

  it('refuse a malformed query as invalid, without throwing', () => {
    const signed = queryOf(signPreviewPath(target, SECRET));
    const bent = (change: (q: URLSearchParams) => void) => {
      const query = new URLSearchParams(signed);
      change(query);
      return verifyPreviewLink(params, query, SECRET);
    };
    for (const result of [
      bent((q) => q.delete('exp')),
      bent((q) => q.set('exp', 'abc')),
      bent((q) => q.set('exp', `${q.get('exp')}.5`)),
      bent((q) => q.set('sig', 'é'.repeat(64))),
      bent((q) => q.set('sig', '')),
      bent((q) => q.set('status', 'DRAFT')),
      bent((q) => q.delete('status')),
      bent((q) => q.set('exp', '-1')),
      bent((q) => q.set('exp', '1e400')),
      bent((q) => q.set('exp', '0x10')),
      bent((q) => q.set('exp', '')),
      bent((q) => q.set('sig', 'A'.repeat(43))),
      bent((q) => q.set('sig', 'x'.repeat(10_000))),
      // a second value of a key is not read: the first is the signed one, and it was changed
      bent((q) => {
        const sig = q.get('sig')!;
        q.set('sig', 'A'.repeat(43));
        q.append('sig', sig);
      }),
    ]) {
      expect(result).toEqual({ ok: false, reason: 'invalid' });
    }
  });

  it('refuse, though signed, an expiry later than any the CMS signs for (a link cannot be made to live for years)', () => {
    const now = Date.parse('2026-11-30T12:00:00Z');
    const until = (seconds: number) => queryOf(signPreviewPathUntil(target, SECRET, Math.floor(now / 1000) + seconds));
    expect(verifyPreviewLink(params, until(PREVIEW_LINK_TTL_SECONDS), SECRET, now).ok).toBe(true);
    expect(verifyPreviewLink(params, until(PREVIEW_LINK_TTL_SECONDS + 4 * 60), SECRET, now).ok).toBe(true);
    expect(verifyPreviewLink(params, until(365 * 24 * 3600), SECRET, now)).toEqual({ ok: false, reason: 'invalid' });
    expect(verifyPreviewLink(params, until(1e12), SECRET, now)).toEqual({ ok: false, reason: 'invalid' });
  });

  it('cannot be extended by writing the same expiry another way', () => {
    const signed = queryOf(signPreviewPath(target, SECRET, { ttlSeconds: 60 }));
    const exp = Number(signed.get('exp'));
    for (const spelling of [`0x${exp.toString(16)}`, `${exp}e0`, ` ${exp}`]) {
      const query = new URLSearchParams(signed);
      query.set('exp', spelling);
      const result = verifyPreviewLink(params, query, SECRET);
      if (result.ok) expect(result.exp).toBe(exp);
    }
  });

  it('are neither signed nor accepted with a secret shorter than 16 characters', () => {
    expect(() => signPreviewPath(target, 'short')).toThrow(/PREVIEW_SECRET must be at least 16/);
    expect(() => signPreviewPath(target, ' '.repeat(20))).toThrow(/PREVIEW_SECRET/);
    expect(verifyPreviewLink(params, queryOf(signPreviewPath(target, SECRET)), 'short')).toEqual({ ok: false, reason: 'invalid' });
  });

  it('do not verify for the same characters split differently across the path segments', () => {
    // A separator inside one field must not let the text of one link match other fields.
    const piped: PreviewTarget = { ...target, documentId: 'abc|123' };
    const query = queryOf(signPreviewPath(piped, SECRET));
    expect(verifyPreviewLink({ type: 'services', locale: 'lv', documentId: 'abc|123' }, query, SECRET).ok).toBe(true);
    for (const moved of [
      { type: 'services', locale: 'lv|abc', documentId: '123' },
      { type: 'services|lv', locale: 'abc', documentId: '123' },
    ]) {
      expect(verifyPreviewLink(moved, query, SECRET), JSON.stringify(moved)).toEqual({ ok: false, reason: 'invalid' });
    }
  });
});
