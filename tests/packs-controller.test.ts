import { describe, expect, it } from 'vitest';
import { retryDelayMs } from '../lib/packs/backoff';
import { createUpdateController, EMPTY_STATUS, type ControllerDeps, type UpdateStatus } from '../lib/packs/update-controller';
import type { SourceResult } from '../lib/packs/update-source';

/** A controller on a fake clock whose one source fails while `failing` is true; retries are run by advancing to them. */
function harness() {
  const clock = { now: 1_000_000 };
  let status: UpdateStatus = EMPTY_STATUS;
  const retries: (number | undefined)[] = [];
  const onlineWaiters: (() => void)[] = [];
  const state = { failing: true, online: true, applied: 0 };
  const deps: ControllerDeps = {
    now: () => clock.now,
    sources: async () => ['https://packs.example/packs.json'],
    updateSource: async (): Promise<SourceResult> => {
      if (state.failing) throw new Error('HTTP 503');
      return { applied: [{ domain: 'chips', version: '1.0.1' }], errors: [] };
    },
    isOnline: () => state.online,
    whenOnline: (run) => onlineWaiters.push(run),
    scheduleRetry: (at) => retries.push(at),
    loadStatus: async () => status,
    saveStatus: async (next) => void (status = next),
    onApplied: () => void state.applied++,
  };
  return { clock, state, retries, onlineWaiters, controller: createUpdateController(deps), status: () => status };
}

describe('pack update controller', () => {
  it('backs off from seconds to hours: 5 s, 20 s, 80 s, 320 s, 1,280 s, 5,120 s, 20,480 s, then 6 h at most', () => {
    expect(Array.from({ length: 9 }, (_, i) => retryDelayMs(i + 1) / 1000)).toEqual([5, 20, 80, 320, 1280, 5120, 20480, 21600, 21600]);
  });

  it('schedules each retry by the back-off after a failure, and clears it once a check succeeds', async () => {
    const h = harness();
    for (let i = 1; i <= 4; i++) {
      const status = await h.controller.check();
      expect(status).toMatchObject({ result: 'failed', failures: i, errors: ['packs.example: HTTP 503'], nextRetryAt: h.clock.now + retryDelayMs(i) });
      h.clock.now = status.nextRetryAt!;
    }
    expect(h.retries.map((at, i) => at! - (i === 0 ? 1_000_000 : h.retries[i - 1]!))).toEqual([5_000, 20_000, 80_000, 320_000]);
    h.state.failing = false;
    expect(await h.controller.check()).toEqual({ lastCheckAt: h.clock.now, result: 'ok', errors: [], applied: ['chips 1.0.1'], failures: 0, nextRetryAt: undefined });
    expect(h.retries.at(-1)).toBeUndefined();
    expect(h.state.applied).toBe(1);
  });

  it('does NOT request anything while offline, and checks once the browser is online again', async () => {
    const h = harness();
    h.state.online = false;
    h.state.failing = false;
    expect(await h.controller.check()).toMatchObject({ result: 'offline' });
    expect(await h.controller.check()).toMatchObject({ result: 'offline' });
    expect(h.onlineWaiters).toHaveLength(1);
    expect(h.state.applied).toBe(0);
    h.state.online = true;
    h.onlineWaiters[0]!();
    await expect.poll(() => h.status().result).toBe('ok');
    expect(h.state.applied).toBe(1);
  });

  it('joins a check already running instead of starting a second one', async () => {
    const h = harness();
    h.state.failing = false;
    const [a, b] = [h.controller.check(), h.controller.check()];
    expect(a).toBe(b);
    await a;
    expect(h.state.applied).toBe(1);
  });

  it('runs a fresh check after the running one when asked for one (a source added meanwhile)', async () => {
    const h = harness();
    h.state.failing = false;
    const running = h.controller.check();
    const fresh = h.controller.check(true);
    expect(fresh).not.toBe(running);
    await fresh;
    expect(h.state.applied).toBe(2);
  });
});
