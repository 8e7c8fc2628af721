import { describe, expect, it } from 'vitest';
import { previewPolicy, publicPolicy } from '../../src/preview/policy';

const PAGES = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; img-src 'self' data:; object-src 'none'; frame-ancestors 'none'";

describe("a preview's Content-Security-Policy", () => {
  it("is the public pages' policy from public/_headers", () => {
    const policy = publicPolicy();
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("object-src 'none'");
    expect(
      publicPolicy("# x\n/media/*\n  Content-Security-Policy: default-src 'none'\n/*\n  X-A: b\n  Content-Security-Policy: a 'self'\n"),
    ).toBe("a 'self'");
    expect(() => publicPolicy('/*\n  X-A: b\n')).toThrow(/no Content-Security-Policy/);
  });

  it('adds the CMS and upload storage to images and lets only the admin frame it', () => {
    expect(
      previewPolicy(
        {
          imageSources: ['http://127.0.0.1:1337', 'https://bucket.example.lv/uploads/', undefined, 'not an address'],
          frameAncestors: 'http://localhost:1337',
        },
        PAGES,
      ),
    ).toBe(
      "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; img-src 'self' data: http://127.0.0.1:1337 https://bucket.example.lv; object-src 'none'; frame-ancestors http://localhost:1337",
    );
  });

  it('keeps every other rule of the public policy', () => {
    const preview = previewPolicy({ imageSources: [], frameAncestors: "'none'" });
    for (const rule of publicPolicy()
      .split(';')
      .map((r) => r.trim()))
      if (!rule.startsWith('frame-ancestors')) expect(preview).toContain(rule);
  });
});
