/**
 * When to try again after the n-th failure in a row: PACK_RETRY_FIRST_MS, then four times longer
 * each time (5 s, 20 s, 80 s, 5 min 20 s, 21 min, 85 min, 5 h 41 min), never more than
 * PACK_RETRY_MAX_MS. No random spread: each reader's retries start from their own failure, and the
 * tests read the schedule exactly.
 */
import { PACK_RETRY_FIRST_MS, PACK_RETRY_MAX_MS } from '../limits';

/** `failures`: failures in a row so far, at least 1. */
export function retryDelayMs(failures: number): number {
  const n = Math.max(1, Math.floor(failures));
  return Math.min(PACK_RETRY_MAX_MS, PACK_RETRY_FIRST_MS * 4 ** Math.min(n - 1, 20));
}
