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

/** Origins of the addresses given; anything that is not an address is left out. */
const originsOf = (urls: (string | undefined)[]) => [
  ...new Set(urls.filter((url) => url && URL.canParse(url)).map((url) => new URL(url!).origin)),
];

export function previewPolicy(
  options: { imageSources: (string | undefined)[]; frameAncestors: string },
  pagesPolicy: string = publicPolicy(),
): string {
  const directives = new Map<string, string>();
  for (const directive of pagesPolicy.split(';')) {
    const [name, ...values] = directive.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), values.join(' '));
  }
  directives.set('img-src', [directives.get('img-src') ?? "'self'", ...originsOf(options.imageSources)].join(' ').trim());
  directives.set('frame-ancestors', options.frameAncestors);
  return [...directives].map(([name, value]) => `${name} ${value}`.trim()).join('; ');
}
