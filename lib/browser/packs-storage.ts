/**
 * What the pack updater keeps in storage.local (no pack data: that is in the reader's database):
 * the subscribed sources, in the order added, and the status of the last check, which the options
 * page watches. The channel of TermLens's own packs is fixed at build time (TERMLENS_PACKS_URL).
 */
import { browser } from 'wxt/browser';
import { PACK_SUBSCRIPTIONS_MAX } from '../limits';
import { checkSourceUrl } from '../packs/source-url';
import { EMPTY_STATUS, type UpdateStatus } from '../packs/update-controller';

export const PACK_SUBSCRIPTIONS_KEY = 'packSubscriptions';
export const PACK_STATUS_KEY = 'packStatus';

declare const __TERMLENS_PACKS_URL__: string;

/** TermLens's own pack channel for this build, or undefined: then nothing is fetched unless the reader subscribes. */
export const PACKS_CHANNEL: string | undefined = typeof __TERMLENS_PACKS_URL__ === 'string' && __TERMLENS_PACKS_URL__ !== '' ? __TERMLENS_PACKS_URL__ : undefined;

export function parseSubscriptions(stored: unknown): string[] {
  if (!Array.isArray(stored)) return [];
  const urls = stored.slice(0, PACK_SUBSCRIPTIONS_MAX).flatMap((s) => {
    const checked = typeof s === 'string' ? checkSourceUrl(s) : undefined;
    return checked && 'url' in checked ? [checked.url] : [];
  });
  return [...new Set(urls)];
}

export async function loadSubscriptions(): Promise<string[]> {
  return parseSubscriptions((await browser.storage.local.get(PACK_SUBSCRIPTIONS_KEY))[PACK_SUBSCRIPTIONS_KEY]);
}

export async function saveSubscriptions(urls: string[]): Promise<void> {
  await browser.storage.local.set({ [PACK_SUBSCRIPTIONS_KEY]: urls });
}

/** Sources by rank: subscriptions (a team's own words) above TermLens's channel. */
export async function packSources(): Promise<string[]> {
  return [...(await loadSubscriptions()), ...(PACKS_CHANNEL ? [PACKS_CHANNEL] : [])];
}

export function parseStatus(stored: unknown): UpdateStatus {
  if (typeof stored !== 'object' || stored === null) return EMPTY_STATUS;
  const s = stored as Partial<UpdateStatus>;
  const strings = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
  return {
    ...(typeof s.lastCheckAt === 'number' ? { lastCheckAt: s.lastCheckAt } : {}),
    ...(s.result === 'ok' || s.result === 'failed' || s.result === 'offline' ? { result: s.result } : {}),
    errors: strings(s.errors),
    applied: strings(s.applied),
    failures: Number.isSafeInteger(s.failures) ? s.failures! : 0,
    ...(typeof s.nextRetryAt === 'number' ? { nextRetryAt: s.nextRetryAt } : {}),
    ...(s.progress && typeof s.progress === 'object' ? { progress: s.progress } : {}),
  };
}

export async function loadStatus(): Promise<UpdateStatus> {
  return parseStatus((await browser.storage.local.get(PACK_STATUS_KEY))[PACK_STATUS_KEY]);
}

export async function saveStatus(status: UpdateStatus): Promise<void> {
  await browser.storage.local.set({ [PACK_STATUS_KEY]: status });
}
