import { createHash } from 'node:crypto';
import { access, copyFile, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { CONTENT_TYPES, type ContentTypeKey } from '@integra/contract/content-types';
import type { CmsClient } from './client';
import { CmsError, type CmsErrorContext } from './errors';
import { clientFromEnv } from './loader';
import { mediaUrl } from '../../utils/media';

/** An uploaded file as the CMS describes it. */
export interface MediaFile {
  url: string;
  updatedAt?: string;
}

/** The entry and field that link to a file: named when the file cannot be had. */
export interface MediaSource extends CmsErrorContext {
  field: string;
}

/**
 * The fields of one entry as sources of files, `source('body')`, for a page to pass to Blocks
 * and Downloads. The type is named as the loader's errors name it: by its REST endpoint.
 */
export const entrySources =
  (type: ContentTypeKey, entry: { locale: string; slug: string }) =>
  (field: string): MediaSource => ({ contentType: CONTENT_TYPES[type].endpoint, locale: entry.locale, entry: entry.slug, field });

export interface MediaStoreOptions {
  client: Pick<CmsClient, 'getFile'>;
  /** The build's output folder: files go to `<outDir>/media/`. */
  outDir: string;
  /** Kept between builds: each file's bytes, by URL and update time. */
  cacheDir: string;
}

const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

/**
 * Extensions a copied file keeps, so that the host serves it as what it is: documents, images,
 * audio, video and archives that a browser shows or downloads but never runs. Anything else
 * (.html, .svg, .js, .mjs, .xml, .xhtml, …) would run as a page or script on the site's own
 * origin (`script-src 'self'` allows any .js there), so it gets `.bin` added and is served as
 * application/octet-stream: a download.
 */
export const SERVED_AS_ITSELF = new Set([
  ...['pdf', 'txt', 'csv', 'rtf', 'epub'],
  ...['doc', 'docx', 'xls', 'xlsx', 'ppt', 'pptx', 'odt', 'ods', 'odp', 'odg'],
  ...['jpg', 'jpeg', 'png', 'gif', 'webp', 'avif'],
  ...['mp3', 'm4a', 'ogg', 'oga', 'wav', 'mp4', 'm4v', 'webm', 'ogv'],
  ...['zip', '7z'],
]);

/**
 * `demo_form_d1d9.pdf` → `demo_form_d1d9` and `.pdf`, with anything unusual in the name replaced;
 * an extension not in SERVED_AS_ITSELF comes back as `.<ext>.bin` (`page.html` → `.html.bin`).
 */
export function nameParts(url: string): { stem: string; ext: string } {
  const raw = path.posix.basename(new URL(url, 'https://cms.invalid/').pathname);
  let base = raw;
  try {
    base = decodeURIComponent(raw);
  } catch {
    // a stray % is replaced below like any other unusual character
  }
  const ext = path.posix.extname(base).toLowerCase();
  const clean = (text: string) => text.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '');
  const stem = clean(base.slice(0, base.length - ext.length)) || 'file';
  if (SERVED_AS_ITSELF.has(ext.slice(1))) return { stem, ext };
  const kept = clean(ext.slice(1)).toLowerCase();
  return { stem, ext: kept ? `.${kept.slice(0, 10)}.bin` : '.bin' };
}

/**
 * Copies uploaded files a page links to into the build output, under content-hashed names
 * (`/media/<name>.<hash>.<ext>`), so the public site needs no CMS at run time. Each file is
 * fetched once per build through the CMS client, and not again in later builds while its URL
 * and update time stay the same (the bytes are kept in cacheDir).
 */
export function createMediaStore({ client, outDir, cacheDir }: MediaStoreOptions) {
  const placed = new Map<string, Promise<string>>();
  let downloads = 0;

  async function place(file: MediaFile, key: string, source: MediaSource): Promise<string> {
    const cached = path.join(cacheDir, `${key}.bin`);
    let bytes: Uint8Array | undefined = await readFile(cached).catch(() => undefined);
    if (!bytes) {
      const { field, ...where } = source;
      try {
        bytes = await client.getFile(file.url, where);
      } catch (error) {
        const detail = error instanceof CmsError ? error.detail : String(error);
        throw new CmsError(`${field}: ${detail}`, where, { cause: error });
      }
      downloads += 1;
      await mkdir(cacheDir, { recursive: true });
      const partial = `${cached}.${process.pid}.partial`;
      await writeFile(partial, bytes);
      await rename(partial, cached);
    }
    const { stem, ext } = nameParts(file.url);
    const name = `${stem}.${sha256(bytes).slice(0, 12)}${ext}`;
    await mkdir(path.join(outDir, 'media'), { recursive: true });
    await writeFile(path.join(outDir, 'media', name), bytes);
    // Which cached bytes a name stands for, so an incremental build can place the files of
    // pages it did not render (restoreLinkedMedia).
    await mkdir(path.join(cacheDir, BY_NAME), { recursive: true });
    await writeFile(path.join(cacheDir, BY_NAME, name), key);
    return `/media/${name}`;
  }

  return {
    /** The site path of the file's copy in the output; the first call for a file places it. */
    publish(file: MediaFile, source: MediaSource): Promise<string> {
      const key = sha256(`${file.url}\n${file.updatedAt ?? ''}`).slice(0, 32);
      let result = placed.get(key);
      if (!result) {
        result = place(file, key, source);
        placed.set(key, result);
      }
      return result;
    },
    /** Files fetched from the CMS by this store (not counting those found in the cache). */
    downloads: () => downloads,
  };
}

export type MediaStore = ReturnType<typeof createMediaStore>;

const BY_NAME = 'by-name';
/** A name under /media/ as the store makes them (nameParts): no separators, no leading dot. */
const MEDIA_NAME = /^[A-Za-z0-9_-][A-Za-z0-9_.-]*$/;

/**
 * After an incremental build: the pages Astro copied from its cache instead of rendering did
 * not place their uploaded files, so every /media/ file that a page of outDir links to
 * (`linked`, from the scan of the built pages) and that is missing is copied from the media
 * cache. Files of pages that are gone stay out. Returns the names placed, and the linked names
 * the cache does not know (left missing).
 */
export async function restoreLinkedMedia(
  outDir: string,
  cacheDir: string,
  linked: Iterable<string>,
): Promise<{ restored: string[]; unknown: string[] }> {
  // The names come from built pages, through the scan's records: checked again where they
  // become paths.
  const names = new Set([...linked].filter((name) => MEDIA_NAME.test(name)));
  const restored: string[] = [];
  const unknown: string[] = [];
  for (const name of [...names].sort()) {
    const target = path.join(outDir, 'media', name);
    if (
      await access(target).then(
        () => true,
        () => false,
      )
    )
      continue;
    const key = await readFile(path.join(cacheDir, BY_NAME, name), 'utf8').catch(() => undefined);
    if (!key || !/^[0-9a-f]{32}$/.test(key)) {
      unknown.push(name);
      continue;
    }
    await mkdir(path.join(outDir, 'media'), { recursive: true });
    await copyFile(path.join(cacheDir, `${key}.bin`), target);
    restored.push(name);
  }
  return { restored, unknown };
}

let buildStore: MediaStore | undefined;

/**
 * Where a page links to an uploaded file. With MEDIA_URL set, files stay there (a CDN) and
 * links point at it. During `astro build` (the media integration names the output folder) the
 * file is copied into the site. Elsewhere (dev, the preview server) links go to the CMS.
 */
export function siteMedia(file: MediaFile, source: MediaSource, env: Record<string, string | undefined> = process.env): Promise<string> {
  if (env.MEDIA_URL) return Promise.resolve(mediaUrl(file.url, env.MEDIA_URL));
  const outDir = env.INTEGRA_MEDIA_OUT_DIR;
  const cacheDir = env.INTEGRA_MEDIA_CACHE_DIR;
  if (!outDir || !cacheDir) return Promise.resolve(mediaUrl(file.url, env.CMS_URL));
  buildStore ??= createMediaStore({ client: clientFromEnv(env), outDir, cacheDir });
  return buildStore.publish(file, source);
}
