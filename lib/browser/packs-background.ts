/**
 * The background's side of glossary packs: a check every PACKS_CHECK_INTERVAL_MINUTES (an alarm,
 * created only when there is a source to ask: a build without a channel and a reader without
 * subscriptions makes no request at all), retries by alarm with back-off, "Check now" and
 * subscriptions from the options page (the background accepts those from extension pages only).
 */
import { browser, type Browser } from 'wxt/browser';
import type { PacksReply, PacksRequest } from '../messages';
import { packStore, removeSourcePacks } from '../db/packs';
import { PACKS_CHECK_INTERVAL_MINUTES } from '../limits';
import { checkSourceUrl } from '../packs/source-url';
import { createUpdateController } from '../packs/update-controller';
import { updateSource } from '../packs/update-source';
import { fetchPackBytes } from './packs-fetch';
import { loadStatus, loadSubscriptions, packSources, saveStatus, saveSubscriptions } from './packs-storage';
import { readerDb } from './reader-db';
import { PACK_SUBSCRIPTIONS_MAX } from '../limits';

const CHECK_ALARM = 'termlens-packs-check';
const RETRY_ALARM = 'termlens-packs-retry';

async function ensureCheckAlarm(): Promise<void> {
  const sources = await packSources();
  if (sources.length === 0) {
    await browser.alarms.clear(CHECK_ALARM);
    return;
  }
  if (!(await browser.alarms.get(CHECK_ALARM))) await browser.alarms.create(CHECK_ALARM, { delayInMinutes: 1, periodInMinutes: PACKS_CHECK_INTERVAL_MINUTES });
}

/** `onApplied`: packs changed (applied or removed); the background reloads its glossary and rebuilds the matcher. */
export function setUpPacks(onApplied: () => void) {
  const controller = createUpdateController({
    now: Date.now,
    sources: packSources,
    updateSource: (source, onProgress) => updateSource(source, { fetchBytes: fetchPackBytes, store: packStore(readerDb()), onProgress }),
    isOnline: () => navigator.onLine,
    whenOnline: (run) => globalThis.addEventListener('online', run, { once: true }),
    scheduleRetry: (at) => void (at === undefined ? browser.alarms.clear(RETRY_ALARM) : browser.alarms.create(RETRY_ALARM, { when: at })),
    loadStatus,
    saveStatus,
    onApplied,
  });

  browser.alarms.onAlarm.addListener((alarm: Browser.alarms.Alarm) => {
    if (alarm.name === CHECK_ALARM || alarm.name === RETRY_ALARM) void controller.check();
  });
  void ensureCheckAlarm().catch((error) => console.error('TermLens: pack alarm', error));

  async function answer(request: PacksRequest): Promise<PacksReply> {
    if (request.type === 'check-packs') return { status: await controller.check() };
    const checked = checkSourceUrl(request.url);
    if ('error' in checked) return { error: checked.error };
    const subscriptions = await loadSubscriptions();
    if (request.type === 'add-pack-source') {
      if (subscriptions.length >= PACK_SUBSCRIPTIONS_MAX) return { error: `at most ${PACK_SUBSCRIPTIONS_MAX} subscriptions` };
      if (!subscriptions.includes(checked.url)) await saveSubscriptions([...subscriptions, checked.url]);
      await ensureCheckAlarm();
      return { status: await controller.check(true) };
    }
    await saveSubscriptions(subscriptions.filter((s) => s !== checked.url));
    await removeSourcePacks(readerDb(), checked.url);
    await ensureCheckAlarm();
    onApplied();
    return { status: await loadStatus() };
  }

  return {
    /** The background's answer to the options page (lib/messages.ts checked the shape; the sender is checked there). */
    answer: (request: PacksRequest): Promise<PacksReply> => answer(request).catch((error: unknown): PacksReply => ({ error: error instanceof Error ? error.message : String(error) })),
  };
}
