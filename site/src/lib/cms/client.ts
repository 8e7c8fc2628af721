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
}

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

/**
 * The REST client of the site: the only code that talks to Strapi. Pages through every entry
 * with large pages, retries transient failures, and turns everything else into a CmsError.
 */
export function createCmsClient(options: CmsClientOptions) {
  const { baseUrl, token, retries = 3, retryDelayMs = 500, pageSize = 500, fetch: fetchImpl = fetch } = options;
  const root = baseUrl.replace(/\/+$/, '');
  let requests = 0;

  async function getJson(path: string, contentType: string, locale?: string): Promise<unknown> {
    const url = `${root}${path}`;
    return pRetry(
      async () => {
        requests += 1;
        let response: Response;
        try {
          response = await fetchImpl(url, {
            headers: { Accept: 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
          });
        } catch (cause) {
          throw new CmsError(`cannot reach the CMS at ${root} (${(cause as Error).message})`, { contentType, locale }, { cause });
        }
        if (!response.ok) {
          const error = new CmsError(`the CMS answered ${response.status} ${response.statusText} for ${path}`, { contentType, locale });
          if (isTransient(response.status)) throw error;
          throw new AbortError(error);
        }
        try {
          return await response.json();
        } catch (cause) {
          throw new AbortError(new CmsError(`the CMS sent a response that is not JSON for ${path}`, { contentType, locale }, { cause }));
        }
      },
      { retries, minTimeout: retryDelayMs, factor: 2 },
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
      entries.push(...body.data);
      const pageCount = body.meta?.pagination?.pageCount ?? 1;
      if (page >= pageCount) return entries;
    }
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

  /**
   * The bytes of an uploaded file: `url` as Strapi gives it, relative to the CMS (`/uploads/…`)
   * or absolute (an S3 bucket). Sent without the token: uploads are public, and the file may
   * live on another host. Retried like the rest; a 404 fails at once.
   */
  async function getFile(url: string, context: CmsErrorContext): Promise<Uint8Array> {
    const target = URL.canParse(url, `${root}/`) ? new URL(url, `${root}/`) : undefined;
    if (!target || !/^https?:$/.test(target.protocol)) throw new CmsError(`file ${JSON.stringify(url)}: not a file address`, context);
    return pRetry(
      async () => {
        requests += 1;
        let response: Response;
        try {
          response = await fetchImpl(target);
        } catch (cause) {
          throw new CmsError(`file ${target.href}: cannot be fetched (${(cause as Error).message})`, context, { cause });
        }
        if (!response.ok) {
          const error = new CmsError(`file ${target.href}: the server answered ${response.status} ${response.statusText}`, context);
          if (isTransient(response.status)) throw error;
          throw new AbortError(error);
        }
        return new Uint8Array(await response.arrayBuffer());
      },
      { retries, minTimeout: retryDelayMs, factor: 2 },
    );
  }

  return { baseUrl: root, listAll, getSingle, getFile, requestCount: () => requests };
}

export type CmsClient = ReturnType<typeof createCmsClient>;
