// Chromium allows two captureVisibleTab calls per second and counts rejected calls too, so
// captures are queued, spaced, and retried on the quota error instead of failing for the user.

export const MIN_CAPTURE_SPACING_MS = 550;
const QUOTA_ERROR = /MAX_CAPTURE_VISIBLE_TAB_CALLS_PER_SECOND|exceeds? .*quota|too many/i;

export interface SchedulerClock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export interface CaptureScheduler {
  /** Runs `capture` when the browser will accept it; retries while it reports its rate limit. */
  run<T>(capture: () => Promise<T>): Promise<T>;
}

export function isCaptureRateError(error: unknown): boolean {
  return QUOTA_ERROR.test(error instanceof Error ? error.message : String(error));
}

export function createCaptureScheduler(
  clock: SchedulerClock,
  options: { spacingMs?: number; maxAttempts?: number } = {},
): CaptureScheduler {
  const spacing = options.spacingMs ?? MIN_CAPTURE_SPACING_MS;
  const maxAttempts = options.maxAttempts ?? 8;
  let lastCallAt = Number.NEGATIVE_INFINITY;
  let queue: Promise<unknown> = Promise.resolve();

  async function attempt<T>(capture: () => Promise<T>): Promise<T> {
    for (let tries = 1; ; tries++) {
      const wait = lastCallAt + spacing - clock.now();
      if (wait > 0) await clock.sleep(wait);
      lastCallAt = clock.now();
      try {
        return await capture();
      } catch (error) {
        if (!isCaptureRateError(error) || tries >= maxAttempts) throw error;
      }
    }
  }

  return {
    run<T>(capture: () => Promise<T>): Promise<T> {
      const result = queue.then(() => attempt(capture));
      queue = result.catch(() => undefined);
      return result;
    },
  };
}
