import headersFile from '../../public/_headers?raw';

/**
 * The Content-Security-Policy of a preview: the public pages' policy (public/_headers, `/*`),
 * so that a draft runs under the rules its published page will, with two differences. Images
 * may also come from the CMS and the upload storage, where a draft's rich text links them
 * (the preview server copies nothing); and only the CMS admin may frame it.
 */

/** The policy public/_headers gives every page (`/*`). */
export function publicPolicy(text: string = headersFile): string {
  let inPages = false;
  for (const line of text.split(/\r?\n/)) {
    if (!/^\s/.test(line)) inPages = line.trim() === '/*';
    const header = /^\s+Content-Security-Policy:\s*(.+)$/i.exec(line);
    if (inPages && header) return header[1]!.trim();
  }
  throw new Error('public/_headers gives the pages (/*) no Content-Security-Policy');
}

/** Origins of the web addresses given; anything else (not an address, mailto:, data:) is left out. */
const originsOf = (urls: (string | undefined)[]) => [
  ...new Set(
    urls
      .map((url) => (url && URL.canParse(url) ? new URL(url) : undefined))
      .filter((url) => url && /^https?:$/.test(url.protocol))
      .map((url) => url!.origin),
  ),
];

export function previewPolicy(
  options: { imageSources: (string | undefined)[]; frameAncestors: string },
  pagesPolicy: string = publicPolicy(),
): string {
  // One source list, or the policy would get whatever rules follow a ";" in the setting.
  if (/[;,\r\n]/.test(options.frameAncestors))
    throw new Error(`PREVIEW_FRAME_ANCESTORS must be origins separated by spaces, got ${JSON.stringify(options.frameAncestors)}`);
  const directives = new Map<string, string>();
  for (const directive of pagesPolicy.split(';')) {
    const [name, ...values] = directive.trim().split(/\s+/);
    // Browsers obey the first of a repeated rule.
    if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), values.join(' '));
  }
  // Without a rule of their own, images follow default-src: the preview starts from the same.
  const images = directives.get('img-src') ?? directives.get('default-src') ?? "'self'";
  directives.set('img-src', [images, ...originsOf(options.imageSources)].join(' ').trim());
  directives.set('frame-ancestors', options.frameAncestors);
  return [...directives].map(([name, value]) => `${name} ${value}`.trim()).join('; ');
}
