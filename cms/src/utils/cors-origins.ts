type Env = (key: string, fallback?: string) => string;

/** The origin (scheme, host, port) of a URL, or an error naming the variable it came from. */
function originOf(value: string, variable: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`${variable}: "${value}" is not a URL such as https://example.lv`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`${variable}: "${value}" must start with http:// or https://`);
  }
  return url.origin;
}

/**
 * The origins a browser may call the CMS from with credentials: the admin's own
 * (PUBLIC_URL, else localhost and 127.0.0.1 on PORT), the site (SITE_URL), the preview
 * server (PREVIEW_URL) and those listed in CORS_ORIGINS (comma-separated). Any other origin
 * gets no Access-Control-Allow-Origin, so another site's page cannot read the API with the
 * visitor's admin session or cookies. Throws on a value that is not an http(s) URL.
 */
export function corsOrigins(env: Env): string[] {
  const origins: string[] = [];
  const publicUrl = env('PUBLIC_URL', '').trim();
  if (publicUrl) origins.push(originOf(publicUrl, 'PUBLIC_URL'));
  else {
    const port = env('PORT', '1337');
    origins.push(`http://localhost:${port}`, `http://127.0.0.1:${port}`);
  }
  for (const variable of ['SITE_URL', 'PREVIEW_URL']) {
    const value = env(variable, '').trim();
    if (value) origins.push(originOf(value, variable));
  }
  for (const value of env('CORS_ORIGINS', '').split(',')) {
    if (value.trim()) origins.push(originOf(value.trim(), 'CORS_ORIGINS'));
  }
  return [...new Set(origins)];
}
