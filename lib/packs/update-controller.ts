/**
 * When pack checks run and what the reader is told: one check at a time over every source (a
 * second request while one runs gets the same), a retry after a failure with back-off
 * (backoff.ts), none while offline (the check waits for `online`), and a status kept for the
 * options page. Clock, timers, network and storage are injected: the tests drive it with a fake
 * clock, the background with alarms (lib/browser/packs-background.ts).
 */
import { retryDelayMs } from './backoff';
import type { Progress, SourceResult } from './update-source';

export type CheckResult = 'ok' | 'failed' | 'offline';

export interface UpdateStatus {
  lastCheckAt?: number;
  result?: CheckResult;
  /** What failed, one line per pack or source; empty after a clean check. */
  errors: string[];
  /** Packs applied by the last check ("ai-models 1.0.3"). */
  applied: string[];
  /** Failures in a row. */
  failures: number;
  nextRetryAt?: number;
  /** While a file downloads. */
  progress?: Progress;
}

export const EMPTY_STATUS: UpdateStatus = { errors: [], applied: [], failures: 0 };

export interface ControllerDeps {
  now(): number;
  /** Version file URLs, highest-ranking first. */
  sources(): Promise<string[]>;
  updateSource(source: string, onProgress: (p: Progress | undefined) => void): Promise<SourceResult>;
  isOnline(): boolean;
  /** Calls `run` once, the next time the browser is online. */
  whenOnline(run: () => void): void;
  /** A retry at that time, or none (undefined). */
  scheduleRetry(at: number | undefined): void;
  loadStatus(): Promise<UpdateStatus>;
  saveStatus(status: UpdateStatus): Promise<void>;
  /** Something was applied: the matcher is rebuilt and every tab marks the new terms. */
  onApplied(): void;
}

const hostOf = (url: string) => {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
};

export function createUpdateController(deps: ControllerDeps) {
  let running: Promise<UpdateStatus> | undefined;
  let waitingOnline = false;
  // Saves in order: a progress save still under way never lands after the final status.
  let saves = Promise.resolve();
  const save = (status: UpdateStatus) => (saves = saves.then(() => deps.saveStatus(status)).catch(() => {}));

  async function run(): Promise<UpdateStatus> {
    const before = await deps.loadStatus();
    if (!deps.isOnline()) {
      if (!waitingOnline) {
        waitingOnline = true;
        deps.whenOnline(() => {
          waitingOnline = false;
          void check();
        });
      }
      deps.scheduleRetry(undefined);
      const status: UpdateStatus = { ...before, progress: undefined, result: 'offline', nextRetryAt: undefined };
      await save(status);
      return status;
    }
    const errors: string[] = [];
    const applied: string[] = [];
    let status: UpdateStatus = { ...before, progress: undefined };
    for (const source of await deps.sources()) {
      try {
        const result = await deps.updateSource(source, (progress) => {
          status = { ...status, progress };
          void save(status);
        });
        applied.push(...result.applied.map((a) => `${a.domain} ${a.version}`));
        errors.push(...result.errors.map((e) => `${hostOf(source)}: ${e}`));
      } catch (error) {
        errors.push(`${hostOf(source)}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    if (applied.length > 0) deps.onApplied();
    const failures = errors.length > 0 ? before.failures + 1 : 0;
    const nextRetryAt = failures > 0 ? deps.now() + retryDelayMs(failures) : undefined;
    deps.scheduleRetry(nextRetryAt);
    status = { lastCheckAt: deps.now(), result: failures > 0 ? 'failed' : 'ok', errors, applied, failures, nextRetryAt };
    await save(status);
    return status;
  }

  /**
   * Runs a check now, or joins the one running. `fresh`: a check that starts after the running one,
   * for a source added meanwhile (the running one read the list of sources before it was added).
   */
  function check(fresh = false): Promise<UpdateStatus> {
    if (fresh && running) return running.then(() => check(), () => check());
    running ??= run().finally(() => (running = undefined));
    return running;
  }

  return { check };
}
