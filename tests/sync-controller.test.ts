import { describe, expect, it } from 'vitest';
import { SYNC_READ_DEBOUNCE_MS, SYNC_WRITE_DEBOUNCE_MS } from '../lib/sync/timing';
import { createSyncController, createWriteBudget, type SyncOutcome } from '../lib/sync/controller';
import type { SyncRunResult } from '../lib/sync/engine';
import { DEFAULT_SYNC_QUOTA } from '../lib/sync/quota';

const RESULT: SyncRunResult = {
  applied: { settings: 0, statuses: 0, notes: 0, ownTerms: 0 },
  ops: 1,
  report: [],
  bytes: 100,
  items: 2,
  dropped: 0,
  unreadable: [],
  newerFormat: false,
};

/** A controller on a hand-driven clock: `advance` runs the timers that fall due, in order. */
function harness(run: (share: number, mayWrite: (ops: number) => boolean) => Promise<SyncRunResult>, quota = DEFAULT_SYNC_QUOTA) {
  let clock = 0;
  let timers: { at: number; run: () => void; id: number }[] = [];
  let nextId = 1;
  const outcomes: SyncOutcome[] = [];
  const controller = createSyncController({
    quota,
    now: () => clock,
    setTimer: (fn, ms) => {
      const id = nextId++;
      timers.push({ at: clock + ms, run: fn, id });
      return id;
    },
    clearTimer: (id) => void (timers = timers.filter((t) => t.id !== id)),
    onOutcome: (o) => void outcomes.push(o),
    run,
  });
  async function advance(ms: number) {
    const end = clock + ms;
    for (;;) {
      timers.sort((a, b) => a.at - b.at);
      const due = timers[0];
      if (!due || due.at > end) break;
      timers.shift();
      clock = due.at;
      due.run();
      await controller.settled();
    }
    clock = end;
  }
  return { controller, advance, outcomes, pending: () => timers.length };
}

describe('sync controller', () => {
  it('coalesces a burst of local changes into one run, SYNC_WRITE_DEBOUNCE_MS after the first', async () => {
    const runs: number[] = [];
    const h = harness(async () => (runs.push(runs.length), RESULT));
    h.controller.start();
    await h.advance(0);
    expect(runs).toHaveLength(1);
    for (let i = 0; i < 20; i++) {
      h.controller.localChanged();
      await h.advance(300);
    }
    expect(runs).toHaveLength(1);
    await h.advance(SYNC_WRITE_DEBOUNCE_MS);
    expect(runs).toHaveLength(2);
  });

  it('merges a change from another device sooner, and takes a pending local change along', async () => {
    let runs = 0;
    const h = harness(async () => (runs++, RESULT));
    h.controller.start();
    await h.advance(0);
    h.controller.localChanged();
    h.controller.remoteChanged();
    await h.advance(SYNC_READ_DEBOUNCE_MS);
    expect(runs).toBe(2);
    await h.advance(SYNC_WRITE_DEBOUNCE_MS);
    expect(runs).toBe(2);
  });

  it('does NOT run while off', async () => {
    let runs = 0;
    const h = harness(async () => (runs++, RESULT));
    h.controller.localChanged();
    h.controller.remoteChanged();
    await h.advance(60_000);
    expect(runs).toBe(0);
    h.controller.start();
    h.controller.stop();
    await h.advance(60_000);
    expect([runs, h.pending()]).toEqual([0, 0]);
  });

  it('never asks the browser for more writes than its per-minute limit, and waits for the window to pass', async () => {
    const quota = { ...DEFAULT_SYNC_QUOTA, writesPerMinute: 3, writesPerHour: 100 };
    let written = 0;
    const h = harness(async (_share, mayWrite) => {
      if (!mayWrite(1)) throw new (await import('../lib/sync/engine')).WriteRateWait();
      written++;
      return RESULT;
    }, quota);
    h.controller.start();
    await h.advance(0);
    for (let i = 0; i < 5; i++) {
      h.controller.remoteChanged();
      await h.advance(SYNC_READ_DEBOUNCE_MS);
    }
    expect(written).toBe(3);
    expect(h.outcomes.at(-1)).toMatchObject({ ok: false, problem: 'rate' });
    await h.advance(60_000);
    expect(written).toBe(4);
    expect(h.outcomes.at(-1)).toMatchObject({ ok: true });
  });

  it('counts write operations in a sliding minute and hour', () => {
    const budget = createWriteBudget({ ...DEFAULT_SYNC_QUOTA, writesPerMinute: 2, writesPerHour: 3 });
    budget.spend(0, 2);
    expect(budget.allows(59_999, 1)).toBe(false);
    expect(budget.allows(60_000, 1)).toBe(true);
    budget.spend(60_000, 1);
    expect(budget.allows(120_000, 1)).toBe(false);
    expect(budget.nextAt(120_000, 1)).toBe(3_600_000);
  });

  it('tries a write refused for size again at once with a smaller share, and reports a failure once the tries run out', async () => {
    const shares: number[] = [];
    const h = harness(async (share) => {
      shares.push(share);
      if (share > 0.6) throw new Error('QUOTA_BYTES quota exceeded');
      return RESULT;
    });
    h.controller.start();
    await h.advance(0);
    expect(shares.map((s) => Math.round(s * 1000) / 1000)).toEqual([1, 0.8, 0.64, 0.512]);
    expect(h.outcomes).toEqual([{ ok: true, at: 0, result: RESULT, share: shares[3] }]);

    const failing = harness(async () => {
      throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
    });
    failing.controller.start();
    await failing.advance(0);
    expect(failing.outcomes).toEqual([{ ok: false, at: 0, problem: 'size', message: 'QUOTA_BYTES_PER_ITEM quota exceeded', retryAt: 60_000 }]);
    expect(failing.pending()).toBe(1);
  });
});
