/**
 * What of a built page can reach the search index: the language of <html>, and the element
 * marked data-pagefind-body without its data-pagefind-ignore parts, except that tags carrying
 * other Pagefind attributes (filters, meta, sort) inside those parts are kept, with their text,
 * since Pagefind still reads them there. A search bundle's fingerprint hashes only this, so a
 * change that readers see but search does not (the notice that a translation is older than its
 * Latvian original, on every translation of an edited original) indexes nothing again.
 *
 * Built pages are well-formed HTML from the site's own templates; a page this reading cannot
 * follow gives undefined, and the caller then hashes the whole page (never too little).
 */

const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
/** Elements whose content is text, not markup: a "<" inside them is no tag. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title']);
const TOKEN = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:"[^"]*"|'[^']*'|[^'">])*)>/g;

const attribute = (name: string) => new RegExp(`(?:^|\\s)${name}(?:\\s*=|\\s|/|$)`);
const BODY_ATTRIBUTE = attribute('data-pagefind-body');
const IGNORE_ATTRIBUTE = attribute('data-pagefind-ignore');
const KEPT_INSIDE_IGNORED = /(?:^|\s)data-pagefind-(?!ignore|body)[a-z-]+/;

export function searchableRegion(html: string): string | undefined {
  const lang = /<html\b[^>]*?\blang\s*=\s*"([^"]*)"/i.exec(html)?.[1] ?? '';
  const parts: string[] = [`lang=${lang}\n`];
  let depth = 0; // inside the data-pagefind-body element
  let ignoredAt = -1; // depth at which an ignored element opened, or -1
  let keptAt = -1; // depth at which a kept element inside an ignored one opened, or -1
  let copyFrom = -1; // start of the text being copied, or -1
  // Start at the tag that holds the attribute: the head and header before it are not searched.
  const body = html.indexOf('data-pagefind-body');
  if (body < 0) return undefined;
  TOKEN.lastIndex = html.lastIndexOf('<', body);
  for (let match = TOKEN.exec(html); match; match = TOKEN.exec(html)) {
    const [token, closing, rawName, attributes = ''] = match;
    if (!rawName) continue; // a comment
    const name = rawName.toLowerCase();
    const copying = () => depth > 0 && (ignoredAt < 0 || keptAt >= 0);
    if (copying() && copyFrom >= 0) parts.push(html.slice(copyFrom, match.index));
    copyFrom = -1;
    if (!closing) {
      if (depth === 0) {
        if (!BODY_ATTRIBUTE.test(attributes)) continue;
        depth = 1;
        parts.push(token);
      } else {
        const selfClosing = VOID_ELEMENTS.has(name) || attributes.trimEnd().endsWith('/');
        if (ignoredAt < 0 && IGNORE_ATTRIBUTE.test(attributes)) {
          if (!selfClosing) ignoredAt = depth;
        } else if (ignoredAt >= 0 && keptAt < 0 && KEPT_INSIDE_IGNORED.test(attributes)) {
          parts.push(token);
          if (!selfClosing) keptAt = depth;
        } else if (copying()) {
          parts.push(token);
        }
        if (!selfClosing) depth += 1;
      }
      if (RAW_TEXT.has(name) && depth > 0) {
        const end = html.slice(TOKEN.lastIndex).search(new RegExp(`</${name}`, 'i'));
        if (end < 0) return undefined;
        if (copying()) parts.push(html.slice(TOKEN.lastIndex, TOKEN.lastIndex + end));
        TOKEN.lastIndex += end;
        continue;
      }
    } else if (depth > 0) {
      depth -= 1;
      if (depth === 0) {
        parts.push(token);
        return parts.join('');
      }
      if (copying()) parts.push(token);
      if (keptAt === depth) keptAt = -1;
      if (ignoredAt === depth) ignoredAt = -1;
    }
    if (depth > 0) copyFrom = TOKEN.lastIndex;
  }
  return undefined; // no searchable element, or it never closed
}
