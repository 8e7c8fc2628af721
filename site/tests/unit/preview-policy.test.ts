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

  it('gives images the default rule when the public policy has none, keeps the first of a repeated rule, and drops what is not a web address', () => {
    const policy = previewPolicy(
      { imageSources: ['not a url', undefined, 'mailto:a@b.lv', 'https://cms.example.lv/admin'], frameAncestors: "'none'" },
      "default-src 'self' data:; object-src 'none'; object-src *",
    );
    expect(policy).toBe("default-src 'self' data:; object-src 'none'; img-src 'self' data: https://cms.example.lv; frame-ancestors 'none'");
  });

  it('refuses a framing setting that would add rules of its own', () => {
    expect(() =>
      previewPolicy({ imageSources: [], frameAncestors: "https://cms.lv; script-src 'unsafe-inline'" }, "default-src 'self'"),
    ).toThrow(/PREVIEW_FRAME_ANCESTORS must be origins separated by spaces/);
  });

  it('keeps every other rule of the public policy', () => {
    const preview = previewPolicy({ imageSources: [], frameAncestors: "'none'" });
    for (const rule of publicPolicy()
      .split(';')
      .map((r) => r.trim()))
      if (!rule.startsWith('frame-ancestors')) expect(preview).toContain(rule);
  });
});
