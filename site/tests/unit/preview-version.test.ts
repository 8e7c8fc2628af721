import { describe, expect, it } from 'vitest';
import { loadPreviewVersion } from '../../src/preview/load-version';
import type { CmsClient } from '../../src/lib/cms/client';

/** A CMS that answers every listing with `entries`, whatever the filter asked for. */
const cmsAnswering = (entries: unknown[]) => ({ listAll: async () => entries }) as unknown as CmsClient;

describe('the preview of a signed link', () => {
  it('shows only the linked document, never another entry the CMS answers with', async () => {
    const other = { documentId: 'other', locale: 'lv', title: 'Cits', slug: 'cits', summary: '' };
    const noSiteLocale = { documentId: 'linked', locale: 'de', title: 'Anderes', slug: 'x', summary: '' };
    const target = { type: 'services', locale: 'lv', documentId: 'linked', status: 'draft' } as const;
    expect(await loadPreviewVersion(cmsAnswering([other]), target)).toBeUndefined();
    // the linked document, but in a locale no listing asked for
    expect(await loadPreviewVersion(cmsAnswering([noSiteLocale, other]), target)).toBeUndefined();
  });
});
