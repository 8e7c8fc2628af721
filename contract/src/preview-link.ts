/**
 * Signed, expiring preview links. The CMS signs (cms/config/admin.ts, Strapi's Preview handler);
 * the site's preview server verifies. Pure (node:crypto only) so both sides share it.
 *
 * A link names one document version: /preview/<type>/<locale>/<documentId>/?status=…&exp=…&sig=…
 * where <type> is the registry key of a previewable type (content-types.ts).
 * sig = HMAC-SHA256(secret, JSON of [type, locale, documentId, status, exp]), base64url. Nothing else in the
 * URL is trusted, so a link cannot be bent to another document, locale or status.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export type PreviewStatus = 'draft' | 'published';

export interface PreviewTarget {
  type: string;
  locale: string;
  documentId: string;
  status: PreviewStatus;
}

/** How long a link works. The admin asks for a fresh one each time an editor opens a preview. */
export const PREVIEW_LINK_TTL_SECONDS = 30 * 60;
/** How far the CMS's clock may run ahead of the preview server's. */
const CLOCK_SKEW_SECONDS = 5 * 60;

// The fields are signed as a JSON array, not joined with a separator: "a|b" + "c" and "a" + "b|c"
// must not sign the same text, or one link's signature would verify for path segments moved
// across the field boundaries.
const signature = (target: PreviewTarget, exp: number, secret: string) =>
  createHmac('sha256', secret)
    .update(JSON.stringify([target.type, target.locale, target.documentId, target.status, exp]))
    .digest('base64url');

/** The path and query of a preview link for `target`, valid for ttlSeconds from now. */
export function signPreviewPath(
  target: PreviewTarget,
  secret: string,
  { now = Date.now(), ttlSeconds = PREVIEW_LINK_TTL_SECONDS } = {},
): string {
  return signPreviewPathUntil(target, secret, Math.floor(now / 1000) + ttlSeconds);
}

/**
 * The path and query of a preview link for `target` that expires at `exp` (Unix seconds). A
 * preview page signs its own links (language switcher) with the expiry of the link that opened
 * it, so following links never extends a preview beyond what the CMS granted.
 */
export function signPreviewPathUntil(target: PreviewTarget, secret: string, exp: number): string {
  if (!strongEnough(secret))
    throw new Error(`PREVIEW_SECRET must be at least ${MIN_SECRET_LENGTH} characters: preview links cannot be signed`);
  const query = new URLSearchParams({ status: target.status, exp: String(exp), sig: signature(target, exp, secret) });
  return `/preview/${encodeURIComponent(target.type)}/${encodeURIComponent(target.locale)}/${encodeURIComponent(target.documentId)}/?${query}`;
}

/** A secret anyone could guess signs nothing (the publisher's webhook secret has the same floor). */
export const MIN_SECRET_LENGTH = 16;
const strongEnough = (secret: string) => secret.trim().length >= MIN_SECRET_LENGTH;

/** A verified link names its target and its expiry (Unix seconds), for the links it leads to. */
export type PreviewCheck = { ok: true; target: PreviewTarget; exp: number } | { ok: false; reason: 'invalid' | 'expired' };

/** Checks a link's signature, then its expiry; an expired link is refused even if signed. */
export function verifyPreviewLink(
  params: { type: string; locale: string; documentId: string },
  query: URLSearchParams,
  secret: string,
  now = Date.now(),
): PreviewCheck {
  const status = query.get('status');
  const exp = Number(query.get('exp'));
  const sig = query.get('sig') ?? '';
  if (!strongEnough(secret) || (status !== 'draft' && status !== 'published') || !Number.isInteger(exp))
    return { ok: false, reason: 'invalid' };
  const target: PreviewTarget = { ...params, status };
  const expected = Buffer.from(signature(target, exp, secret));
  const given = Buffer.from(sig);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { ok: false, reason: 'invalid' };
  if (exp * 1000 < now) return { ok: false, reason: 'expired' };
  // No link lives longer than the CMS signs them for, whatever expiry it names.
  if (exp * 1000 > now + (PREVIEW_LINK_TTL_SECONDS + CLOCK_SKEW_SECONDS) * 1000) return { ok: false, reason: 'invalid' };
  return { ok: true, target, exp };
}
