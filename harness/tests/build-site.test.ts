import { describe, expect, it } from 'vitest';
import { buildSite, defaultBuildTimeoutMs } from '../src/build-site.ts';

/** Whether a process with this id still runs. */
const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** buildSite with a stand-in for Astro: a Node script that prints its pid, then does what it is told. */
async function fakeBuild(script: string, limits: { timeoutMs: number; killGraceMs?: number }) {
  let output = '';
  const started = Date.now();
  const result = await buildSite({
    cmsUrl: 'http://127.0.0.1:9',
    siteUrl: 'http://localhost:4321',
    outDir: '/nonexistent/out',
    cacheDir: '/nonexistent/cache',
    nodeArgs: ['-e', `console.log('pid=' + process.pid); ${script}`],
    onOutput: (chunk) => (output += chunk),
    ...limits,
  }).then(
    (value) => ({ value }),
    (error: Error) => ({ error }),
  );
  return { ...result, pid: Number(/pid=(\d+)/.exec(output)?.[1]), elapsed: Date.now() - started };
}

describe('a site build', () => {
  it('that never ends is stopped after its time limit, and fails saying so', async () => {
    const build = await fakeBuild('setInterval(() => {}, 1000);', { timeoutMs: 500 });
    expect('error' in build && build.error.message).toMatch(/^site build timed out after 0\.5 s:\npid=\d+/);
    expect(build.elapsed).toBeLessThan(5000);
    expect(alive(build.pid)).toBe(false);
  });

  it('that ignores SIGTERM is killed after the grace period', async () => {
    const build = await fakeBuild("process.on('SIGTERM', () => console.log('not stopping')); setInterval(() => {}, 1000);", {
      timeoutMs: 500,
      killGraceMs: 500,
    });
    expect('error' in build && build.error.message).toMatch(/^site build timed out after 0\.5 s:\npid=\d+\nnot stopping/);
    expect(build.elapsed).toBeGreaterThanOrEqual(1000);
    expect(build.elapsed).toBeLessThan(8000);
    expect(alive(build.pid)).toBe(false);
  });

  it('that ends in time succeeds or fails on its own exit code, untouched by the limit', async () => {
    const ok = await fakeBuild("console.log('built');", { timeoutMs: 20_000 });
    expect('value' in ok && ok.value.output).toMatch(/built/);
    const failed = await fakeBuild('process.exit(3);', { timeoutMs: 20_000 });
    expect('error' in failed && failed.error.message).toMatch(/^site build failed \(exit 3\)/);
  });

  it('takes its time limit from BUILD_TIMEOUT_MS, 30 minutes without it, and refuses nonsense', () => {
    expect(defaultBuildTimeoutMs({})).toBe(30 * 60 * 1000);
    expect(defaultBuildTimeoutMs({ BUILD_TIMEOUT_MS: '90000' })).toBe(90_000);
    expect(() => defaultBuildTimeoutMs({ BUILD_TIMEOUT_MS: '30m' })).toThrow(/BUILD_TIMEOUT_MS must be a positive whole number/);
  });
});
