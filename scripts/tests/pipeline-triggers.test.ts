import { describe, expect, it } from 'vitest';
import { summarizeTriggers } from '../lib/publisher/pipeline.ts';

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
