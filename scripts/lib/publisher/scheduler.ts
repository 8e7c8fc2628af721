/**
 * When to build: a burst of webhook calls (an editor publishing several entries, Strapi's
 * duplicate events) waits out a short debounce and becomes one build; never two builds at
 * once; calls that arrive during a build cause exactly one follow-up build. A steady stream
 * of calls cannot postpone the build for ever: it starts at the latest `maxWaitMs` after the
 * first call it answers.
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

/** How many reasons a waiting build remembers, and how long each may be (they go into logs). */
const MAX_WAITING_REASONS = 10_000;
const MAX_REASON_LENGTH = 200;

export interface SchedulerOptions {
  debounceMs: number;
  /** The longest a waiting request waits for its build to start (default 10 × debounce). */
  maxWaitMs?: number;
  build: (reasons: string[]) => Promise<void>;
  /** Told when a build throws instead of reporting its own failure. */
  onError?: (error: unknown) => void;
}

export function createBuildScheduler(options: SchedulerOptions): BuildScheduler {
  const maxWaitMs = Math.max(options.debounceMs, options.maxWaitMs ?? options.debounceMs * 10);
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** When the oldest request still waiting (not yet in a build) came in. */
  let firstWaitingAt: number | undefined;
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
    firstWaitingAt = undefined;
    running = Promise.resolve()
      .then(() => options.build(reasons))
      .catch((error: unknown) => options.onError?.(error))
      .finally(() => {
        running = undefined;
        if (waiting.length > 0 && !stopped) schedule();
        settleIdle();
      });
  };

  const schedule = () => {
    if (timer) clearTimeout(timer);
    const untilMaxWait = (firstWaitingAt ?? Date.now()) + maxWaitMs - Date.now();
    timer = setTimeout(start, Math.max(0, Math.min(options.debounceMs, untilMaxWait)));
  };

  return {
    request(reason) {
      if (stopped) return;
      // Bounded: a burst of hundreds of thousands of calls costs a counter, not memory.
      if (waiting.length < MAX_WAITING_REASONS) waiting.push(reason.slice(0, MAX_REASON_LENGTH));
      firstWaitingAt ??= Date.now();
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
