import type { Core } from '@strapi/strapi';

/**
 * Where uploads are stored, chosen by environment alone (no code change to move to S3):
 *   UPLOAD_PROVIDER=local (default): files in PUBLIC_DIR/uploads, served by the CMS.
 *   UPLOAD_PROVIDER=s3: any S3-compatible storage (AWS, MinIO, Hetzner, DigitalOcean Spaces…):
 *     S3_BUCKET, S3_REGION, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY (required),
 *     S3_ENDPOINT (for non-AWS storage), S3_FORCE_PATH_STYLE (true for MinIO and most others),
 *     S3_PUBLIC_URL (the public address of the bucket or of a CDN in front of it),
 *     S3_ROOT_PATH (a folder inside the bucket).
 */
type Env = Core.Config.Shared.ConfigParams['env'];

/** A year, in milliseconds. */
const YEAR_MS = 365 * 24 * 60 * 60 * 1000;

export function uploadProviderConfig(env: Env) {
  const provider = env('UPLOAD_PROVIDER', 'local');
  if (provider === 'local') {
    return {
      providerOptions: {
        // Strapi names every upload with a content hash and never rewrites a file in place, so
        // browsers, CDNs and the site build's image cache may keep uploads for a year. Without
        // this Strapi answers `max-age=0` and no 304s, and every site build downloaded and
        // re-encoded every image again.
        localServer: { maxage: YEAR_MS, immutable: true },
      },
    };
  }
  if (provider !== 's3') throw new Error(`UPLOAD_PROVIDER must be "local" or "s3", got "${provider}"`);
  const required = (key: string) => {
    const value = env(key, '');
    if (!value) throw new Error(`UPLOAD_PROVIDER=s3 needs ${key}`);
    return value;
  };
  return {
    provider: 'aws-s3',
    providerOptions: {
      baseUrl: env('S3_PUBLIC_URL', '') || undefined,
      rootPath: env('S3_ROOT_PATH', '') || undefined,
      s3Options: {
        credentials: { accessKeyId: required('S3_ACCESS_KEY_ID'), secretAccessKey: required('S3_SECRET_ACCESS_KEY') },
        region: required('S3_REGION'),
        endpoint: env('S3_ENDPOINT', '') || undefined,
        forcePathStyle: env.bool('S3_FORCE_PATH_STYLE', false),
        params: { Bucket: required('S3_BUCKET') },
      },
    },
  };
}

/** Origins the admin panel may show uploads from (its Content-Security-Policy). */
export function uploadOrigins(env: Env): string[] {
  if (env('UPLOAD_PROVIDER', 'local') !== 's3') return [];
  return [env('S3_PUBLIC_URL', ''), env('S3_ENDPOINT', '')].filter(Boolean).map((url) => new URL(url).origin);
}
