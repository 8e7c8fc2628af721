/**
 * Renders Strapi blocks (rich text JSON) to HTML. Text is always escaped, links keep only
 * http(s), mailto, tel and site-relative targets, unknown node types render their text only,
 * and no raw HTML from the CMS ever reaches the page.
 */
type Node = { type: string; [key: string]: unknown };

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (ch) => ESCAPES[ch]!);

/** An origin no real link has: relative links are resolved against it to see where they lead. */
const PLACEHOLDER = new URL('https://site.invalid/');
const SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/**
 * The link target if it is safe to put in href, else undefined. Absolute links keep only
 * http(s), mailto and tel (`javascript:`, `data:`, … go). A site-relative link must start with
 * `/` or `#` and, parsed the way browsers parse it (WHATWG URL: `\` counts as `/`, tabs and
 * newlines vanish), stay on the site: `//evil.example`, `/\evil.example` and `/\t/evil.example`
 * lead to another host and go too. Relative links come back normalised, as browsers read them.
 */
export function safeHref(url: unknown): string | undefined {
  if (typeof url !== 'string') return undefined;
  const trimmed = url.trim();
  if (!trimmed) return undefined;
  if (URL.canParse(trimmed)) return SCHEMES.has(new URL(trimmed).protocol) ? trimmed : undefined;
  if (trimmed.startsWith('#')) return trimmed;
  if (!trimmed.startsWith('/') || !URL.canParse(trimmed, PLACEHOLDER)) return undefined;
  const resolved = new URL(trimmed, PLACEHOLDER);
  if (resolved.origin !== PLACEHOLDER.origin) return undefined;
  return `${resolved.pathname}${resolved.search}${resolved.hash}`;
}

/**
 * The address of a rich-text image if the page may show it and the build may fetch it: an
 * absolute http(s) address, or a path under `/uploads/` (Strapi's own uploads, normalised as
 * browsers read it, so `/uploads/../admin/` is no image). mailto:, tel:, `#…` and other site
 * paths are links, not images. Where an absolute address may be fetched from is the CMS
 * client's decision (getFile refuses every host but the CMS and the upload storage).
 */
export function safeImageSrc(url: unknown): string | undefined {
  const href = safeHref(url);
  if (!href) return undefined;
  if (/^https?:/i.test(href)) return href;
  return href.startsWith('/uploads/') ? href : undefined;
}

/** A heading level from the CMS as an integer 1–6 (2 when it is not a number). */
export function headingLevel(level: unknown, offset = 0): number {
  const clamp = (n: number) => Math.min(6, Math.max(1, Math.round(n)));
  const n = typeof level === 'number' ? level : typeof level === 'string' && level.trim() ? Number(level) : NaN;
  return clamp((Number.isFinite(n) ? clamp(n) : 2) + (Number.isFinite(offset) ? Math.round(offset) : 0));
}

const children = (node: Node): Node[] =>
  Array.isArray(node.children) ? (node.children as Node[]).filter((c) => c && typeof c === 'object') : [];

function inline(node: Node): string {
  if (node.type === 'text') {
    let html = escapeHtml(String(node.text ?? ''));
    if (node.code) html = `<code>${html}</code>`;
    if (node.bold) html = `<strong>${html}</strong>`;
    if (node.italic) html = `<em>${html}</em>`;
    if (node.underline) html = `<u>${html}</u>`;
    if (node.strikethrough) html = `<s>${html}</s>`;
    return html;
  }
  const inner = children(node).map(inline).join('');
  if (node.type === 'link') {
    const href = safeHref(node.url);
    if (!href) return inner;
    const external = /^https?:/i.test(href);
    return `<a href="${escapeHtml(href)}"${external ? ' rel="noopener"' : ''}>${inner}</a>`;
  }
  return inner;
}

function block(node: Node, headingOffset: number, media?: ReadonlyMap<string, string>): string {
  const inner = () => children(node).map(inline).join('');
  switch (node.type) {
    case 'paragraph':
      return `<p>${inner()}</p>`;
    case 'heading': {
      const level = headingLevel(node.level, headingOffset);
      return `<h${level}>${inner()}</h${level}>`;
    }
    case 'list': {
      const tag = node.format === 'ordered' ? 'ol' : 'ul';
      const items = children(node)
        .map((item) =>
          item.type === 'list'
            ? block(item, headingOffset)
            : `<li>${children(item)
                .map((c) => (c.type === 'list' ? block(c, headingOffset) : inline(c)))
                .join('')}</li>`,
        )
        .join('');
      return `<${tag}>${items}</${tag}>`;
    }
    case 'quote':
      return `<blockquote><p>${inner()}</p></blockquote>`;
    case 'code':
      return `<pre><code>${children(node)
        .map((c) => escapeHtml(String(c.text ?? '')))
        .join('')}</code></pre>`;
    case 'image': {
      const image = node.image as { url?: unknown; alternativeText?: unknown } | undefined;
      const address = safeImageSrc(image?.url);
      const src = address && (media?.get(address) ?? address);
      return src ? `<img src="${escapeHtml(src)}" alt="${escapeHtml(String(image?.alternativeText ?? ''))}" loading="lazy">` : '';
    }
    default: {
      const text = inner();
      return text ? `<p>${text}</p>` : '';
    }
  }
}

/**
 * HTML for a blocks field; headings are shifted by `headingOffset` to sit under the page's h1.
 * `media` maps an image's CMS URL to where the site serves it (see blockImages).
 */
export function blocksToHtml(blocks: unknown, headingOffset = 1, media?: ReadonlyMap<string, string>): string {
  if (!Array.isArray(blocks)) return '';
  return blocks
    .filter((b): b is Node => Boolean(b) && typeof b === 'object' && typeof (b as Node).type === 'string')
    .map((b) => block(b, headingOffset, media))
    .join('\n');
}

/**
 * The uploaded images a blocks field shows, for copying into the site: each by its address as
 * safeImageSrc gives it (the key blocksToHtml looks it up by). Images without such an address
 * are neither shown nor fetched.
 */
export function blockImages(blocks: unknown): { url: string; updatedAt?: string }[] {
  if (!Array.isArray(blocks)) return [];
  return blocks.flatMap((b) => {
    const image =
      b && typeof b === 'object' && (b as Node).type === 'image' ? ((b as Node).image as Record<string, unknown> | undefined) : undefined;
    const url = safeImageSrc(image?.url);
    if (!image || !url) return [];
    return [{ url, ...(typeof image.updatedAt === 'string' ? { updatedAt: image.updatedAt } : {}) }];
  });
}
