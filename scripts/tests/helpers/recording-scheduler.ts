import type { BuildScheduler } from '../../lib/publisher/scheduler.ts';

/** A scheduler that builds nothing and records every reason it is asked to build for. */
export function recordingScheduler(): BuildScheduler & { reasons: string[] } {
  const reasons: string[] = [];
  return {
    reasons,
    request: (reason) => void reasons.push(reason),
    state: () => 'idle',
    followUpQueued: () => false,
    idle: async () => {},
    stop: () => {},
  };
}
