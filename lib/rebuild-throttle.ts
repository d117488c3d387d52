/**
 * Matcher rebuilds asked for: at most `max` in any `windowMs`; one asked for beyond that waits for
 * the window and runs once for all that were refused meanwhile (the last change still lands).
 * Time and timers are passed in, so tests need no clock.
 */
import { createRateLimit } from './rate-limit';

export interface RebuildThrottleOptions {
  max: number;
  windowMs: number;
  rebuild: () => void;
  now?: () => number;
  setTimer?: (run: () => void, ms: number) => unknown;
}

export function createRebuildThrottle({ max, windowMs, rebuild, now = Date.now, setTimer = setTimeout }: RebuildThrottleOptions) {
  const limit = createRateLimit(max, windowMs);
  let waiting = false;
  const ask = (): void => {
    if (limit.allow(now())) return rebuild();
    if (waiting) return;
    waiting = true;
    setTimer(() => {
      waiting = false;
      ask();
    }, windowMs / max);
  };
  return { ask };
}
