import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import path from 'node:path';

export interface Weight {
  raw: number;
  gzip: number;
}
export interface PageWeight {
  page: string;
  html: Weight;
  css: Weight;
  js: Weight;
}

const weigh = (text: string | Buffer): Weight => ({ raw: Buffer.byteLength(text), gzip: gzipSync(text).length });
const add = (a: Weight, b: Weight): Weight => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip });

/**
 * Bytes a reader downloads for one page: its HTML, the stylesheets it links or inlines, and the
 * scripts it loads or inlines (JSON-LD is data, not script). Gzip as a static host serves it.
 */
export async function pageWeight(dist: string, page: string): Promise<PageWeight> {
  const html = await readFile(path.join(dist, page, page.endsWith('.html') ? '' : 'index.html'), 'utf8');
  let css: Weight = { raw: 0, gzip: 0 };
  let js: Weight = { raw: 0, gzip: 0 };
  for (const [, href] of html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g))
    css = add(css, weigh(await readFile(path.join(dist, href!))));
  for (const [, style] of html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)) css = add(css, weigh(style!));
  for (const [, src] of html.matchAll(/<script[^>]+src="([^"]+)"/g)) js = add(js, weigh(await readFile(path.join(dist, src!))));
  for (const [, attrs, body] of html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)) {
    if (!/ld\+json|src=/.test(attrs!) && body!.trim()) js = add(js, weigh(body!));
  }
  return { page, html: weigh(html), css, js };
}
