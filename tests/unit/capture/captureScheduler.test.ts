import { describe, expect, it } from 'vitest';
import { createCaptureScheduler, isCaptureRateError } from '../../../src/capture/captureScheduler';

const RATE_ERROR = 'This request exceeds the MAX_CAPTURE_VISIBLE_TAB_CALLS_PER_SECOND quota.';

/** A clock that only moves when the scheduler sleeps, so the test sees every wait. */
function fakeClock() {
  let t = 10_000;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => t,
    sleep: async (ms: number) => {
      sleeps.push(ms);
      t += ms;
    },
  };
}

/** A browser that allows two calls per rolling second and counts refused calls too. */
function rateLimitedBrowser(clock: { now(): number }) {
  const calls: number[] = [];
  return {
    calls,
    async capture(): Promise<string> {
      const now = clock.now();
      const recent = calls.filter((c) => now - c < 1000).length;
      calls.push(now);
      if (recent >= 2) throw new Error(RATE_ERROR);
      return `shot@${now}`;
    },
  };
}

describe('capture scheduler', () => {
  it('spaces calls so the browser never refuses, in request order', async () => {
    const clock = fakeClock();
    const browser = rateLimitedBrowser(clock);
    const scheduler = createCaptureScheduler(clock);
    const shots = await Promise.all(Array.from({ length: 6 }, () => scheduler.run(() => browser.capture())));
    expect(shots).toHaveLength(6);
    expect(new Set(shots).size).toBe(6);
    expect(browser.calls.every((c, i) => i === 0 || c - (browser.calls[i - 1] ?? 0) >= 550)).toBe(true);
  });

  it('retries when the browser still reports its limit (e.g. after a worker restart)', async () => {
    const clock = fakeClock();
    const browser = rateLimitedBrowser(clock);
    browser.calls.push(clock.now() - 10, clock.now() - 5);
    const scheduler = createCaptureScheduler(clock);
    await expect(scheduler.run(() => browser.capture())).resolves.toMatch(/^shot@/);
    expect(browser.calls.length).toBeGreaterThan(3);
  });

  it('does not retry other errors, and keeps serving later captures', async () => {
    const clock = fakeClock();
    const scheduler = createCaptureScheduler(clock);
    let calls = 0;
    await expect(
      scheduler.run(async () => {
        calls++;
        throw new Error('Cannot access contents of the page');
      }),
    ).rejects.toThrow('Cannot access');
    expect(calls).toBe(1);
    await expect(scheduler.run(async () => 'ok')).resolves.toBe('ok');
  });

  it('gives up after the attempt limit', async () => {
    const clock = fakeClock();
    const scheduler = createCaptureScheduler(clock, { maxAttempts: 3 });
    let calls = 0;
    await expect(
      scheduler.run(async () => {
        calls++;
        throw new Error(RATE_ERROR);
      }),
    ).rejects.toThrow('MAX_CAPTURE');
    expect(calls).toBe(3);
  });

  it('recognises the rate error', () => {
    expect(isCaptureRateError(new Error(RATE_ERROR))).toBe(true);
    expect(isCaptureRateError(new Error('Tabs cannot be edited right now'))).toBe(false);
  });
});
