import { afterEach, describe, expect, it } from 'vitest';
import { env } from '@strapi/utils';
import { uploadOrigins, uploadProviderConfig } from '../src/uploads/storage';

const S3_ENV = {
  UPLOAD_PROVIDER: 's3',
  S3_BUCKET: 'integra-uploads',
  S3_REGION: 'eu-central-1',
  S3_ACCESS_KEY_ID: 'key-id',
  S3_SECRET_ACCESS_KEY: 'secret',
  S3_ENDPOINT: 'https://s3.example.lv',
  S3_FORCE_PATH_STYLE: 'true',
  S3_PUBLIC_URL: 'https://media.example.lv/uploads',
};
const withEnv = (vars: Record<string, string>) => Object.assign(process.env, vars);
afterEach(() => {
  for (const key of [...Object.keys(S3_ENV), 'S3_ROOT_PATH']) delete process.env[key];
});

describe('upload storage, chosen by environment', () => {
  it('keeps files local by default, cacheable for a year', () => {
    expect(uploadProviderConfig(env)).toEqual({ providerOptions: { localServer: { maxage: 31_536_000_000, immutable: true } } });
    expect(uploadOrigins(env)).toEqual([]);
  });

  it('uses S3-compatible storage with the S3_ variables', () => {
    withEnv(S3_ENV);
    expect(uploadProviderConfig(env)).toEqual({
      provider: 'aws-s3',
      providerOptions: {
        baseUrl: 'https://media.example.lv/uploads',
        rootPath: undefined,
        s3Options: {
          credentials: { accessKeyId: 'key-id', secretAccessKey: 'secret' },
          region: 'eu-central-1',
          endpoint: 'https://s3.example.lv',
          forcePathStyle: true,
          params: { Bucket: 'integra-uploads' },
        },
      },
    });
    expect(uploadOrigins(env)).toEqual(['https://media.example.lv', 'https://s3.example.lv']);
  });

  it('names what is missing instead of failing on the first upload', () => {
    withEnv({ ...S3_ENV, S3_BUCKET: '' });
    expect(() => uploadProviderConfig(env)).toThrow('UPLOAD_PROVIDER=s3 needs S3_BUCKET');
    withEnv({ UPLOAD_PROVIDER: 'ftp' });
    expect(() => uploadProviderConfig(env)).toThrow('UPLOAD_PROVIDER must be "local" or "s3", got "ftp"');
  });
});
