/**
 * The options page's glossary packs: the updater's status (watched in storage.local), the packs
 * held (read from the reader's database), "Check now", and subscriptions. A subscription's host
 * permission is asked for in the click itself (browsers grant optional permissions only during a
 * user action) and dropped when it is removed, unless another source still needs that origin.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { PacksSection, type HeldPack } from '../../components/PacksSection';
import { listPacks } from '../../lib/db/packs';
import { t } from '../../lib/browser/i18n';
import { send } from '../../lib/browser/messaging';
import type { PacksRequest } from '../../lib/messages';
import { loadStatus, loadSubscriptions, PACK_STATUS_KEY, PACK_SUBSCRIPTIONS_KEY, PACKS_CHANNEL, parseStatus, parseSubscriptions } from '../../lib/browser/packs-storage';
import { readerDb } from '../../lib/browser/reader-db';
import { checkSourceUrl, originPattern } from '../../lib/packs/source-url';
import { EMPTY_STATUS, type UpdateStatus } from '../../lib/packs/update-controller';

const hostOf = (url: string) => new URL(url).host;

async function heldPacks(): Promise<HeldPack[]> {
  const packs = await listPacks(readerDb());
  return packs
    .map((p) => ({ domain: p.domain, version: p.version, date: p.date, terms: Object.keys(p.terms).length, host: hostOf(p.source) }))
    .sort((a, b) => (a.host + a.domain < b.host + b.domain ? -1 : 1));
}

export function PacksOptions() {
  const [status, setStatus] = useState<UpdateStatus>(EMPTY_STATUS);
  const [subscriptions, setSubscriptions] = useState<string[]>([]);
  const [held, setHeld] = useState<HeldPack[]>([]);
  const [checking, setChecking] = useState(false);
  const [notice, setNotice] = useState<string>();

  useEffect(() => {
    const refreshHeld = () => void heldPacks().then(setHeld, () => setHeld([]));
    void loadStatus().then(setStatus);
    void loadSubscriptions().then(setSubscriptions);
    refreshHeld();
    const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area !== 'local') return;
      if (PACK_STATUS_KEY in changes) {
        const next = parseStatus(changes[PACK_STATUS_KEY]!.newValue);
        setStatus(next);
        if (!next.progress) refreshHeld();
      }
      if (PACK_SUBSCRIPTIONS_KEY in changes) {
        setSubscriptions(parseSubscriptions(changes[PACK_SUBSCRIPTIONS_KEY]!.newValue));
        refreshHeld();
      }
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  }, []);

  const run = async (request: PacksRequest) => {
    setChecking(true);
    try {
      const reply = await send(request);
      if (reply && 'error' in reply) setNotice(t('packsNotAdded', reply.error));
      setHeld(await heldPacks());
    } finally {
      setChecking(false);
    }
  };

  return (
    <PacksSection
      channel={PACKS_CHANNEL}
      status={status}
      held={held}
      subscriptions={subscriptions}
      checking={checking}
      notice={notice}
      onCheck={() => void run({ type: 'check-packs' })}
      onSubscribe={(text) => {
        const checked = checkSourceUrl(text);
        if ('error' in checked) return setNotice(t('packsNotAdded', checked.error));
        setNotice(undefined);
        // Asked first, inside the click: nothing awaited before it.
        void browser.permissions.request({ origins: [originPattern(checked.url)] }).then((granted) => {
          if (!granted) return setNotice(t('packsPermissionRefused', hostOf(checked.url)));
          return run({ type: 'add-pack-source', url: checked.url });
        });
      }}
      onRemove={(url) =>
        void run({ type: 'remove-pack-source', url }).then(async () => {
          const pattern = originPattern(url);
          const stillNeeded = [...(await loadSubscriptions()), ...(PACKS_CHANNEL ? [PACKS_CHANNEL] : [])].some((s) => originPattern(s) === pattern);
          if (!stillNeeded) await browser.permissions.remove({ origins: [pattern] });
        })
      }
    />
  );
}
