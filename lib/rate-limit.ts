/** A sliding-window limit: at most `max` events in any `windowMs`. Time is passed in, so tests need no clock. */
export function createRateLimit(max: number, windowMs: number) {
  const times: number[] = [];
  return {
    /** Counts an event at `now` and says whether it is within the limit (refused events are not counted). */
    allow(now: number): boolean {
      while (times.length > 0 && times[0]! <= now - windowMs) times.shift();
      if (times.length >= max) return false;
      times.push(now);
      return true;
    },
  };
}
