import { afterEach, describe, expect, it, vi } from 'vitest';
import { createRebuildThrottle } from '../lib/rebuild-throttle';

describe('matcher rebuilds asked for', () => {
  afterEach(() => void vi.useRealTimers());

  it('runs 30 a minute, runs the ones refused meanwhile ONCE when the window frees, and NOT 70 times', () => {
    vi.useFakeTimers({ now: 0 });
    let rebuilds = 0;
    const throttle = createRebuildThrottle({ max: 30, windowMs: 60_000, rebuild: () => void rebuilds++, now: () => Date.now() });
    for (let i = 0; i < 100; i++) throttle.ask();
    expect(rebuilds).toBe(30);
    vi.advanceTimersByTime(59_000);
    expect(rebuilds).toBe(30);
    vi.advanceTimersByTime(2_000);
    expect(rebuilds).toBe(31);
    vi.advanceTimersByTime(600_000);
    expect(rebuilds).toBe(31);
    throttle.ask();
    expect(rebuilds).toBe(32);
  });
});
