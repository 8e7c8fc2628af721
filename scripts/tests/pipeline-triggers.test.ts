import { describe, expect, it } from 'vitest';
import { needsFullSync, summarizeTriggers } from '../lib/publisher/pipeline.ts';

describe('build triggers in logs and /status', () => {
  it('are counted per distinct reason, in the order first seen', () => {
    const burst = [
      'media.create',
      'entry.publish api::event.event',
      'media.create',
      ...Array<string>(41).fill('entry.publish api::service.service'),
      'startup',
    ];
    expect(summarizeTriggers(burst)).toEqual([
      'media.create ×2',
      'entry.publish api::event.event',
      'entry.publish api::service.service ×41',
      'startup',
    ]);
    expect(summarizeTriggers([])).toEqual([]);
  });
});

describe('full sync', () => {
  it('is asked for when a taxonomy or organisation was saved or a file changed, whose names other pages embed', () => {
    for (const reason of [
      'entry.update api::category.category',
      'entry.create api::topic.topic',
      'entry.delete api::organisation.organisation',
      'media.update',
      'nightly',
      'manual',
    ]) {
      expect(needsFullSync(['entry.publish api::service.service', reason]), reason).toBe(true);
    }
  });

  it('is not asked for when only publishing changed, which the incremental sync sees by updatedAt', () => {
    expect(needsFullSync(['entry.publish api::service.service', 'entry.unpublish api::event.event', 'media.create', 'startup'])).toBe(
      false,
    );
    expect(needsFullSync([])).toBe(false);
  });
});
