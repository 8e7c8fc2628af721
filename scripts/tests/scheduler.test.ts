import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBuildScheduler } from '../lib/publisher/scheduler.ts';

/** A build that takes `ms` of fake time and records what triggered it. */
function fakeBuild(ms: number) {
  const runs: string[][] = [];
  let concurrent = 0;
  let maxConcurrent = 0;
  const build = async (reasons: string[]) => {
    runs.push(reasons);
    concurrent += 1;
    maxConcurrent = Math.max(maxConcurrent, concurrent);
    await new Promise((r) => setTimeout(r, ms));
    concurrent -= 1;
  };
  return { build, runs, maxConcurrent: () => maxConcurrent };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('build scheduler', () => {
  it('turns a burst of requests, duplicates included, into one build after the debounce', async () => {
    const { build, runs } = fakeBuild(5000);
    const scheduler = createBuildScheduler({ debounceMs: 1000, build });
    for (let i = 0; i < 50; i += 1) {
      scheduler.request('entry.publish api::service.service');
      await vi.advanceTimersByTimeAsync(15);
    }
    expect(runs).toHaveLength(0);
    expect(scheduler.state()).toBe('queued');
    await vi.advanceTimersByTimeAsync(1000);
    expect(runs).toHaveLength(1);
    expect(runs[0]).toHaveLength(50);
    expect(scheduler.state()).toBe('building');
  });

  it('never runs two builds at once, and runs exactly one follow-up for requests during a build', async () => {
    const { build, runs, maxConcurrent } = fakeBuild(5000);
    const scheduler = createBuildScheduler({ debounceMs: 1000, build });
    scheduler.request('first');
    await vi.advanceTimersByTimeAsync(1000);
    expect(scheduler.state()).toBe('building');
    scheduler.request('during 1');
    scheduler.request('during 2');
    await vi.advanceTimersByTimeAsync(1000);
    scheduler.request('during 3');
    expect(scheduler.followUpQueued()).toBe(true);
    await vi.advanceTimersByTimeAsync(20_000);
    expect(runs).toEqual([['first'], ['during 1', 'during 2', 'during 3']]);
    expect(maxConcurrent()).toBe(1);
    expect(scheduler.state()).toBe('idle');
  });

  it('goes on after a failed build', async () => {
    let calls = 0;
    const scheduler = createBuildScheduler({
      debounceMs: 10,
      build: async () => {
        calls += 1;
        throw new Error('CMS down');
      },
    });
    scheduler.request('a');
    await vi.advanceTimersByTimeAsync(20);
    scheduler.request('b');
    await vi.advanceTimersByTimeAsync(20);
    expect(calls).toBe(2);
    expect(scheduler.state()).toBe('idle');
  });

  it('resolves idle() once nothing runs or waits', async () => {
    const { build } = fakeBuild(100);
    const scheduler = createBuildScheduler({ debounceMs: 10, build });
    scheduler.request('a');
    let done = false;
    void scheduler.idle().then(() => (done = true));
    await vi.advanceTimersByTimeAsync(50);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(100);
    expect(done).toBe(true);
  });
});
