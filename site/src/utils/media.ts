/** Where uploaded files are served from: the CMS, or a CDN in front of it (MEDIA_URL). */
export function mediaUrl(url: string, base = process.env.MEDIA_URL || process.env.CMS_URL || ''): string {
  if (/^https?:\/\//i.test(url)) return url;
  return `${base.replace(/\/+$/, '')}${url.startsWith('/') ? '' : '/'}${url}`;
}

/** "PDF, 8 kB" — the format and size a reader sees before downloading. Strapi sizes are in kB. */
export function fileLabel(file: { ext?: string; mime: string; size: number }, locale: string): string {
  const format = (file.ext?.replace('.', '') || file.mime.split('/').pop() || '').toUpperCase();
  const size =
    file.size >= 1024
      ? `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(file.size / 1024)} MB`
      : `${new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(Math.max(1, file.size))} kB`;
  return `${format}, ${size}`;
}
