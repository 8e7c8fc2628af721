/**
 * When to build: a burst of webhook calls (an editor publishing several entries, Strapi's
 * duplicate events) waits out a short debounce and becomes one build; never two builds at
 * once; calls that arrive during a build cause exactly one follow-up build.
 */
export type SchedulerState = 'idle' | 'queued' | 'building';

export interface BuildScheduler {
  /** Asks for a build; `reason` says why (e.g. "entry.publish api::service.service"). */
  request(reason: string): void;
  state(): SchedulerState;
  /** True while a build runs and another has been asked for. */
  followUpQueued(): boolean;
  /** Resolves when no build is running or waiting. */
  idle(): Promise<void>;
  stop(): void;
}

export function createBuildScheduler(options: { debounceMs: number; build: (reasons: string[]) => Promise<void> }): BuildScheduler {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> | undefined;
  let waiting: string[] = [];
  let stopped = false;
  let idleWaiters: (() => void)[] = [];

  const settleIdle = () => {
    if (!timer && !running) {
      idleWaiters.forEach((resolve) => resolve());
      idleWaiters = [];
    }
  };

  const start = () => {
    timer = undefined;
    if (stopped) return;
    const reasons = waiting;
    waiting = [];
    running = options
      .build(reasons)
      .catch(() => {
        // The build reports its own failure; the scheduler only decides what runs next.
      })
      .finally(() => {
        running = undefined;
        if (waiting.length > 0 && !stopped) schedule();
        settleIdle();
      });
  };

  const schedule = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(start, options.debounceMs);
  };

  return {
    request(reason) {
      if (stopped) return;
      waiting.push(reason);
      // During a build, only remember: the follow-up is scheduled when the build ends.
      if (!running) schedule();
    },
    state: () => (running ? 'building' : timer ? 'queued' : 'idle'),
    followUpQueued: () => Boolean(running) && waiting.length > 0,
    idle: () => (timer || running ? new Promise<void>((resolve) => idleWaiters.push(resolve)) : Promise.resolve()),
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = undefined;
      settleIdle();
    },
  };
}
