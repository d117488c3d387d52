/**
 * When sync runs: a local change waits SYNC_WRITE_DEBOUNCE_MS for more (a burst is one write), a
 * change from another device SYNC_READ_DEBOUNCE_MS; never two runs at once; writes kept within the
 * browser's per-minute and per-hour limits (counted here, so the browser never has to refuse one);
 * a write refused for size is tried again at once with a smaller share of the space, up to
 * SYNC_MAX_TRIES times. Clock and timers are injected: tests drive them.
 */
import { SYNC_MAX_TRIES, SYNC_READ_DEBOUNCE_MS, SYNC_RETRY_MS, SYNC_SHRINK_FACTOR, SYNC_WRITE_DEBOUNCE_MS } from './timing';
import { WriteRateWait, type SyncRunResult } from './engine';
import { isRateQuotaError, isSizeQuotaError, type SyncQuota } from './quota';

export type SyncOutcome =
  | { ok: true; at: number; result: SyncRunResult; share: number }
  | { ok: false; at: number; problem: 'rate' | 'size' | 'failed'; message: string; retryAt: number };

export interface ControllerDeps {
  run(share: number, mayWrite: (ops: number) => boolean): Promise<SyncRunResult>;
  now(): number;
  setTimer(run: () => void, ms: number): unknown;
  clearTimer(handle: unknown): void;
  quota: SyncQuota;
  onOutcome(outcome: SyncOutcome): void | Promise<void>;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** Write operations made, for the browser's sliding per-minute and per-hour limits. */
export function createWriteBudget(quota: SyncQuota) {
  const times: number[] = [];
  const within = (now: number, span: number) => times.filter((t) => t > now - span).length;
  return {
    allows(now: number, ops: number): boolean {
      while (times.length > 0 && times[0]! <= now - HOUR) times.shift();
      return within(now, MINUTE) + ops <= quota.writesPerMinute && within(now, HOUR) + ops <= quota.writesPerHour;
    },
    spend(now: number, ops: number): void {
      for (let i = 0; i < ops; i++) times.push(now);
    },
    /** When `ops` more operations will be allowed. */
    nextAt(now: number, ops: number): number {
      for (let at = now; ; at = at + 1_000) if (this.allows(at, ops)) return at;
    },
  };
}

export function createSyncController(deps: ControllerDeps) {
  const budget = createWriteBudget(deps.quota);
  let active = false;
  let running = false;
  let again = false;
  let timer: unknown;
  let dueAt = Infinity;
  let share = 1;
  let settled: Promise<void> = Promise.resolve();

  function schedule(delay: number): void {
    if (!active) return;
    const at = deps.now() + delay;
    // Coalesce: an earlier run already planned takes this change along.
    if (timer !== undefined && dueAt <= at) return;
    if (timer !== undefined) deps.clearTimer(timer);
    dueAt = at;
    timer = deps.setTimer(fire, delay);
  }

  function fire(): void {
    timer = undefined;
    dueAt = Infinity;
    if (running) {
      again = true;
      return;
    }
    running = true;
    settled = attempt().finally(() => {
      running = false;
      if (again) {
        again = false;
        schedule(SYNC_READ_DEBOUNCE_MS);
      }
    });
  }

  async function attempt(): Promise<void> {
    for (let tries = 1; ; tries++) {
      const now = deps.now();
      let spent = 0;
      const mayWrite = (ops: number) => {
        if (!budget.allows(deps.now(), ops)) return false;
        budget.spend(deps.now(), ops);
        spent = ops;
        return true;
      };
      try {
        const result = await deps.run(share, mayWrite);
        await deps.onOutcome({ ok: true, at: deps.now(), result, share });
        return;
      } catch (error) {
        const message = String((error as Error)?.message ?? error);
        if (error instanceof WriteRateWait || isRateQuotaError(error)) {
          const retryAt = Math.max(budget.nextAt(now, 2), now + (spent > 0 ? MINUTE : 0));
          await deps.onOutcome({ ok: false, at: now, problem: 'rate', message, retryAt });
          return schedule(retryAt - now);
        }
        if (isSizeQuotaError(error) && tries < SYNC_MAX_TRIES) {
          share *= SYNC_SHRINK_FACTOR;
          continue;
        }
        const problem = isSizeQuotaError(error) ? 'size' : 'failed';
        await deps.onOutcome({ ok: false, at: now, problem, message, retryAt: now + SYNC_RETRY_MS });
        return schedule(SYNC_RETRY_MS);
      }
    }
  }

  return {
    /** Sync on: a first run at once. */
    start(): void {
      active = true;
      share = 1;
      schedule(0);
    },
    stop(): void {
      active = false;
      if (timer !== undefined) deps.clearTimer(timer);
      timer = undefined;
      dueAt = Infinity;
    },
    localChanged: () => schedule(SYNC_WRITE_DEBOUNCE_MS),
    remoteChanged: () => schedule(SYNC_READ_DEBOUNCE_MS),
    /** Resolves when the run under way (if any) has ended. */
    settled: () => settled,
    get active() {
      return active;
    },
  };
}
