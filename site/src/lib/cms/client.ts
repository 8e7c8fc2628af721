import pRetry, { AbortError } from 'p-retry';
import { CmsError, type CmsErrorContext } from './errors';

export interface CmsClientOptions {
  /** Base URL of Strapi, e.g. http://localhost:1337 */
  baseUrl: string;
  /** Optional read-only API token. */
  token?: string;
  /** Retries after the first attempt on network errors, 429 and 5xx. */
  retries?: number;
  /** Minimum wait before the first retry, in ms (doubles each time). */
  retryDelayMs?: number;
  pageSize?: number;
  fetch?: typeof fetch;
  /**
   * Origins besides the CMS's own that uploaded files may be fetched from: the upload storage
   * (S3_PUBLIC_URL) or MEDIA_URL. No other host is ever asked for a file.
   */
  fileOrigins?: readonly string[];
  /** Longest wait for one request, response body included, in ms (default 60 s). */
  timeoutMs?: number;
  /** Largest uploaded file fetched, in bytes (default 200 MB). */
  maxFileBytes?: number;
  /** Largest JSON answer read, in bytes (default 64 MB; a page of 500 entries is a few MB). */
  maxJsonBytes?: number;
  /**
   * The longest all of this client's requests may take together, counted from its creation, in
   * ms: after it, the request under way is aborted and none is retried. For a preview, which an
   * editor waits for; a build has its own time limit (BUILD_TIMEOUT_MS).
   */
  deadlineMs?: number;
  /** Pages of one listing read at most (default 10,000: 5 million entries at 500 a page). */
  maxPages?: number;
}

/** Default of CmsClientOptions.timeoutMs (CMS_TIMEOUT_MS in the environment). */
export const DEFAULT_TIMEOUT_MS = 60_000;
/** Default of CmsClientOptions.maxFileBytes (MEDIA_MAX_BYTES in the environment). */
export const DEFAULT_MAX_FILE_BYTES = 200 * 1024 * 1024;
/** Default of CmsClientOptions.maxJsonBytes. */
export const DEFAULT_MAX_JSON_BYTES = 64 * 1024 * 1024;
/** Redirects followed for one file, each to an allowed origin only. */
const MAX_REDIRECTS = 5;
/** Default of CmsClientOptions.maxPages: far beyond any real centre, short of a CMS that pages for ever. */
const MAX_PAGES = 10_000;

export interface ListParams {
  locale?: string;
  populate?: unknown;
  filters?: unknown;
  fields?: string[];
  sort?: string[];
  status?: 'published' | 'draft';
}

interface StrapiListResponse {
  data: unknown[];
  meta?: { pagination?: { page: number; pageCount: number; total: number } };
}

/** Strapi's bracketed query string: {a: {b: 1}} → a[b]=1 */
export function toQueryString(params: Record<string, unknown>): string {
  const pairs: string[] = [];
  const walk = (value: unknown, key: string) => {
    if (value === undefined || value === null) return;
    if (Array.isArray(value)) value.forEach((item, i) => walk(item, `${key}[${i}]`));
    else if (typeof value === 'object') Object.entries(value).forEach(([k, v]) => walk(v, `${key}[${k}]`));
    else pairs.push(`${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`);
  };
  Object.entries(params).forEach(([k, v]) => walk(v, k));
  return pairs.join('&');
}

const isTransient = (status: number) => status === 429 || status >= 500;

/** "timed out after 60 s" for the abort of AbortSignal.timeout, else the error's own message. */
function failure(cause: unknown, timeoutMs: number): string {
  const error = cause as Error;
  return error?.name === 'TimeoutError' ? `timed out after ${timeoutMs / 1000} s` : String(error?.message ?? cause);
}

/** The body of a response, refused as soon as it is known to exceed `max` bytes. */
async function readCapped(response: Response, max: number, refuse: (size: string) => Error): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (declared > max) {
    await response.body?.cancel().catch(() => undefined);
    throw refuse(`${declared} bytes`);
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (response.body) {
    const reader = response.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > max) {
        await reader.cancel().catch(() => undefined);
        throw refuse(`more than ${max} bytes`);
      }
      chunks.push(value);
    }
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}

/**
 * The REST client of the site: the only code that talks to Strapi. Pages through every entry
 * with large pages, retries transient failures, and turns everything else into a CmsError.
 */
export function createCmsClient(options: CmsClientOptions) {
  const { baseUrl, token, retries = 3, retryDelayMs = 500, pageSize = 500, fetch: fetchImpl = fetch } = options;
  const { timeoutMs = DEFAULT_TIMEOUT_MS, maxFileBytes = DEFAULT_MAX_FILE_BYTES, maxJsonBytes = DEFAULT_MAX_JSON_BYTES } = options;
  const maxPages = options.maxPages ?? MAX_PAGES;
  const deadline = options.deadlineMs === undefined ? undefined : AbortSignal.timeout(options.deadlineMs);
  /** One request's signal: its own time limit, and the client's deadline if it has one. */
  const requestSignal = () => (deadline ? AbortSignal.any([AbortSignal.timeout(timeoutMs), deadline]) : AbortSignal.timeout(timeoutMs));
  /** Why a request failed: the deadline, once it has passed, else the request's own failure. */
  const failed = (cause: unknown) =>
    deadline?.aborted ? `no answer within the deadline of ${options.deadlineMs! / 1000} s` : failure(cause, timeoutMs);
  /**
   * Runs a request with retries. When the deadline stops them between two attempts, p-retry
   * rejects with the signal's reason: that becomes a CmsError like every other failure.
   */
  const withRetries = <T>(attempt: () => Promise<T>, error: (reason: string) => CmsError): Promise<T> =>
    pRetry(attempt, { retries, minTimeout: retryDelayMs, factor: 2, ...(deadline && { signal: deadline }) }).catch((cause: unknown) => {
      throw cause instanceof CmsError ? cause : error(failed(cause));
    });
  const root = baseUrl.replace(/\/+$/, '');
  const allowedOrigins = new Set([new URL(`${root}/`).origin, ...(options.fileOrigins ?? []).map((url) => new URL(url).origin)]);
  let requests = 0;

  async function getJson(path: string, contentType: string, locale?: string): Promise<unknown> {
    const url = `${root}${path}`;
    return withRetries(
      async () => {
        requests += 1;
        let response: Response;
        try {
          response = await fetchImpl(url, {
            headers: { Accept: 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
            signal: requestSignal(),
          });
        } catch (cause) {
          throw new CmsError(`cannot reach the CMS at ${root} (${failed(cause)})`, { contentType, locale }, { cause });
        }
        if (!response.ok) {
          await response.body?.cancel().catch(() => undefined);
          const error = new CmsError(`the CMS answered ${response.status} ${response.statusText} for ${path}`, { contentType, locale });
          if (isTransient(response.status)) throw error;
          throw new AbortError(error);
        }
        const tooLarge = (size: string) =>
          new AbortError(
            new CmsError(`the CMS's answer for ${path} is refused, ${size} is larger than the limit of ${maxJsonBytes} bytes`, {
              contentType,
              locale,
            }),
          );
        let text: string;
        try {
          text = new TextDecoder().decode(await readCapped(response, maxJsonBytes, tooLarge));
        } catch (cause) {
          if (cause instanceof AbortError) throw cause;
          throw new CmsError(`the CMS's answer for ${path} ${failed(cause)}`, { contentType, locale }, { cause });
        }
        try {
          return JSON.parse(text) as unknown;
        } catch (cause) {
          throw new AbortError(new CmsError(`the CMS sent a response that is not JSON for ${path}`, { contentType, locale }, { cause }));
        }
      },
      (reason) => new CmsError(`cannot reach the CMS at ${root} (${reason})`, { contentType, locale }),
    );
  }

  /** Every entry of a collection endpoint in one locale, page by page. */
  async function listAll(endpoint: string, params: ListParams = {}): Promise<unknown[]> {
    const entries: unknown[] = [];
    for (let page = 1; ; page += 1) {
      const query = toQueryString({ ...params, pagination: { page, pageSize } });
      const body = (await getJson(`/api/${endpoint}?${query}`, endpoint, params.locale)) as StrapiListResponse;
      if (!body || !Array.isArray(body.data)) {
        throw new CmsError(`the response has no data list`, { contentType: endpoint, locale: params.locale });
      }
      const where = { contentType: endpoint, locale: params.locale };
      if (body.data.length > pageSize) throw new CmsError(`the CMS sent ${body.data.length} entries for a page of ${pageSize}`, where);
      entries.push(...body.data);
      const pageCount = body.meta?.pagination?.pageCount ?? 1;
      if (page >= pageCount) return entries;
      // A short listing must never pass for the whole: the sync would drop what it lacks.
      if (body.data.length === 0)
        throw new CmsError(
          `the CMS's listing ended early: page ${page} of ${pageCount} was empty (entries removed meanwhile?); build again`,
          where,
        );
      if (page >= maxPages) {
        throw new CmsError(`the CMS reports ${pageCount} pages of entries; more than ${maxPages} are not read`, {
          contentType: endpoint,
          locale: params.locale,
        });
      }
    }
  }

  /** How many entries a collection endpoint has in one locale; undefined when the CMS does not say. */
  async function count(endpoint: string, params: Pick<ListParams, 'locale'> = {}): Promise<number | undefined> {
    const query = toQueryString({ ...params, fields: ['updatedAt'], pagination: { page: 1, pageSize: 1 } });
    const body = (await getJson(`/api/${endpoint}?${query}`, endpoint, params.locale)) as StrapiListResponse;
    const total = body?.meta?.pagination?.total;
    return Number.isSafeInteger(total) && total! >= 0 ? total : undefined;
  }

  /** A single type (such as `global`) in one locale; undefined when it has no published version. */
  async function getSingle(endpoint: string, params: ListParams = {}): Promise<unknown | undefined> {
    const query = toQueryString({ ...params });
    try {
      const body = (await getJson(`/api/${endpoint}?${query}`, endpoint, params.locale)) as { data?: unknown };
      return body?.data ?? undefined;
    } catch (error) {
      if (error instanceof CmsError && /answered 404/.test(error.message)) return undefined;
      throw error;
    }
  }

  /** The address of a file if the build may fetch it: http(s), on the CMS or an upload origin. */
  function fileTarget(url: string, context: CmsErrorContext): URL {
    const target = URL.canParse(url, `${root}/`) ? new URL(url, `${root}/`) : undefined;
    if (!target || !/^https?:$/.test(target.protocol)) throw new CmsError(`file ${JSON.stringify(url)}: not a file address`, context);
    if (!allowedOrigins.has(target.origin)) {
      throw new CmsError(
        `file ${target.href}: refused, files are fetched only from the CMS or the upload storage (${[...allowedOrigins].join(', ')})`,
        context,
      );
    }
    return target;
  }

  /**
   * The bytes of an uploaded file: `url` as Strapi gives it, relative to the CMS (`/uploads/…`)
   * or absolute (an S3 bucket). Only the CMS's origin and `fileOrigins` are asked, redirects
   * included (an editor can type any address into rich text: the build must not fetch cloud
   * metadata or a local admin page and publish the answer). Sent without the token: uploads are
   * public. Bounded in time and size; retried like the rest, a 404 fails at once.
   */
  async function getFile(url: string, context: CmsErrorContext): Promise<Uint8Array> {
    const first = fileTarget(url, context);
    return withRetries(
      async () => {
        let target = first;
        const signal = requestSignal();
        for (let redirects = 0; ; redirects += 1) {
          requests += 1;
          let response: Response;
          try {
            response = await fetchImpl(target, { redirect: 'manual', signal });
          } catch (cause) {
            throw new CmsError(`file ${target.href}: cannot be fetched (${failed(cause)})`, context, { cause });
          }
          const location = response.headers.get('location');
          if (response.status >= 300 && response.status < 400 && location) {
            await response.body?.cancel().catch(() => undefined);
            if (redirects >= MAX_REDIRECTS) throw new AbortError(new CmsError(`file ${first.href}: too many redirects`, context));
            try {
              target = fileTarget(new URL(location, target).href, context);
            } catch (error) {
              throw new AbortError(error as CmsError);
            }
            continue;
          }
          if (!response.ok) {
            await response.body?.cancel().catch(() => undefined);
            const error = new CmsError(`file ${target.href}: the server answered ${response.status} ${response.statusText}`, context);
            if (isTransient(response.status)) throw error;
            throw new AbortError(error);
          }
          const tooLarge = (size: string) =>
            new AbortError(
              new CmsError(`file ${target.href}: refused, ${size} is larger than the limit of ${maxFileBytes} bytes`, context),
            );
          try {
            return await readCapped(response, maxFileBytes, tooLarge);
          } catch (cause) {
            if (cause instanceof AbortError) throw cause;
            throw new CmsError(`file ${target.href}: cannot be fetched (${failed(cause)})`, context, { cause });
          }
        }
      },
      (reason) => new CmsError(`file ${first.href}: cannot be fetched (${reason})`, context),
    );
  }

  return { baseUrl: root, listAll, count, getSingle, getFile, requestCount: () => requests };
}

export type CmsClient = ReturnType<typeof createCmsClient>;
