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

describe('build scheduler under a steady stream of requests', () => {
  it('starts the build at the latest after the maximum wait, however often requests come', async () => {
    const { build, runs } = fakeBuild(1000);
    const scheduler = createBuildScheduler({ debounceMs: 1000, maxWaitMs: 5000, build });
    // A request every 150 ms for 20 s: each one would restart a plain debounce.
    for (let elapsed = 0; elapsed < 20_000 && runs.length === 0; elapsed += 150) {
      scheduler.request('entry.update api::category.category');
      await vi.advanceTimersByTimeAsync(150);
    }
    expect(runs).toHaveLength(1);
    expect(runs[0]!.length).toBeLessThanOrEqual(Math.ceil(5000 / 150) + 1);
    scheduler.stop();
  });

  it('tells its error handler when a build throws, and goes on scheduling', async () => {
    const errors: unknown[] = [];
    let calls = 0;
    const scheduler = createBuildScheduler({
      debounceMs: 10,
      build: async () => {
        calls += 1;
        if (calls === 1) throw new Error('data folder not writable');
      },
      onError: (error) => errors.push(error),
    });
    scheduler.request('first');
    await vi.advanceTimersByTimeAsync(20);
    scheduler.request('second');
    await vi.advanceTimersByTimeAsync(20);
    expect(calls).toBe(2);
    expect(errors.map((e) => (e as Error).message)).toEqual(['data folder not writable']);
  });
});

describe('build scheduler memory', () => {
  it('remembers a bounded number of reasons, each cut to a bounded length, and still builds once', async () => {
    const { build, runs } = fakeBuild(10);
    const scheduler = createBuildScheduler({ debounceMs: 100, build });
    for (let i = 0; i < 20_000; i += 1) scheduler.request(`entry.update ${'x'.repeat(1000)}`);
    await vi.advanceTimersByTimeAsync(200);
    expect(runs).toHaveLength(1);
    expect(runs[0]!.length).toBe(10_000);
    expect(Math.max(...runs[0]!.map((reason) => reason.length))).toBe(200);
  });
});
