import { browser, type Browser, type PublicPath } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { indexGlossary, type GlossaryIndex } from '../lib/glossary/lookup';
import { parseRequest, unhandled, type EntryRequest, type ReplyMap, type Request } from '../lib/messages';
import { setUpReaderData } from '../lib/browser/reader-background';
import { closeSessionToContentScripts } from '../lib/browser/session-access';
import { mayAsk, senderKind, type SenderKind } from '../lib/browser/sender';
import { cardTokenKeyStore, createCardTokens, sessionHmacKey } from '../lib/browser/card-tokens';
import { withSenderAddress } from '../lib/add-draft';
import { requestEntry, takeEntryRequest } from '../lib/browser/open-entry';
import { takeAddTermRequest } from '../lib/browser/add-term-request';
import { watchDomainSwitches } from '../lib/browser/domain-switch';
import { openSidebar } from '../lib/browser/tabs';
import { MATCHER_REBUILDS_PER_MINUTE, OPEN_ENTRY_TABS_PER_MINUTE } from '../lib/limits';
import { createRateLimit } from '../lib/rate-limit';
import { createRebuildThrottle } from '../lib/rebuild-throttle';

/** Tabs opened for "Open in the glossary" where the sidebar cannot open: a few per minute, never a flood. */
const entryTabs = createRateLimit(OPEN_ENTRY_TABS_PER_MINUTE, 60_000);
import { lookUpWord } from '../lib/browser/dictionary-service';
import { setUpContextMenu } from '../lib/browser/context-menu';
import { captureSelection, openAddForm } from '../lib/browser/add-from-page';
import { setUpPacks } from '../lib/browser/packs-background';
import { loadGlossaryWithPacks } from '../lib/browser/pack-layers';
import { setUpSync } from '../lib/browser/sync-background';

/** The manifest's keyboard command for "Add to TermLens" (wxt.config.ts). */
const ADD_COMMAND = 'add-selection';

/**
 * Shows an entry in the sidebar. Opening a sidebar needs a user action, which a message from a
 * card's click may or may not count as (Chrome: yes; Firefox: no): where the browser refuses, the
 * same view opens in a tab.
 */
async function openEntry(entry: EntryRequest, tab: Browser.tabs.Tab | undefined): Promise<boolean> {
  const opening = openSidebar({ tabId: tab?.id, windowId: tab?.windowId });
  requestEntry(entry);
  if (await opening) return true;
  if (!entryTabs.allow(Date.now())) return false;
  const hash = new URLSearchParams(entry.form ? { entry: entry.id, form: entry.form } : { entry: entry.id });
  await browser.tabs.create({ url: browser.runtime.getURL(`/sidepanel.html#${hash}` as PublicPath), index: tab ? tab.index + 1 : undefined });
  return true;
}

export default defineBackground(() => {
  // Loaded on first use and kept: the service worker may be restarted, which simply loads it again.
  // Downloaded packs are layered over the bundled glossary (which serves alone until one is applied).
  let loaded: Promise<GlossaryIndex> | undefined;
  const load = () => (loaded ??= loadGlossaryWithPacks().then(indexGlossary));
  // The matcher is compiled here once, not in every frame of every page, from the bundled glossary
  // and the reader's own terms and statuses (lib/browser/reader-background.ts); frames ask for it.
  void closeSessionToContentScripts();
  const reader = setUpReaderData(load);
  // Sync through the browser's account (off unless the reader turns it on): another device's changes
  // reach open tabs the way a change made here does.
  const sync = setUpSync((applied) => {
    if (applied.ownTerms > 0) reader.changed();
    if (applied.statuses > 0) void reader.statusesChanged().catch((error) => console.error('TermLens: statuses not announced', error));
  });
  // A domain switched on or off: the matcher rebuilt and announced, like a change to own terms.
  watchDomainSwitches(() => reader.changed());
  const self = { id: browser.runtime.id, origin: browser.runtime.getURL('/') };
  let tokenKey: Promise<CryptoKey> | undefined;
  const cardTokens = createCardTokens(() => (tokenKey ??= sessionHmacKey(cardTokenKeyStore())));
  /** Where a content script's card is (the browser's word for it), for its token. */
  const placeOf = (sender: Browser.runtime.MessageSender) => ({ tabId: sender.tab?.id ?? -1, frameId: sender.frameId ?? -1 });
  /** A status or note write: from our pages, or from the frame whose card was opened on that term. */
  const mayWrite = (kind: SenderKind, sender: Browser.runtime.MessageSender, request: { id: string; token?: string }): Promise<boolean> =>
    kind === 'extension-page' ? Promise.resolve(true) : cardTokens.check(request.token, placeOf(sender), request.id);
  // Rebuilds asked for beyond the limit wait for the window; the last one still lands.
  const rebuild = createRebuildThrottle({ max: MATCHER_REBUILDS_PER_MINUTE, windowMs: 60_000, rebuild: () => reader.changed() }).ask;
  // A pack applied or removed: the glossary is read again and every open tab gets the new matcher.
  const packs = setUpPacks(() => {
    loaded = undefined;
    rebuild();
  });

  /** Each request's answer, of the type ReplyMap gives it. */
  function answer(request: Request, sender: Browser.runtime.MessageSender, kind: SenderKind): Promise<ReplyMap[Request['type']]> {
    switch (request.type) {
      case 'get-page-matcher':
        return reader.pageMatcher() satisfies Promise<ReplyMap['get-page-matcher']>;
      case 'get-entry':
        return reader.entry(request.id).then(async (payload) => {
          if (!payload || kind !== 'content-script') return payload;
          // A card opened in a page (not a surface of ours): kept in the reader's history, and given
          // the token its status and note writes must carry.
          void reader.cardOpened(payload, sender.url).catch(() => {});
          return { ...payload, cardToken: await cardTokens.issue(placeOf(sender), request.id) };
        }) satisfies Promise<ReplyMap['get-entry']>;
      case 'open-entry':
        return openEntry(request.form ? { id: request.id, form: request.form } : { id: request.id }, sender.tab) satisfies Promise<ReplyMap['open-entry']>;
      case 'lookup-word':
        return lookUpWord(request.text) satisfies Promise<ReplyMap['lookup-word']>;
      case 'take-hand-over':
        // A hand-over may hold a sentence met on another site: only our own pages take it (mayAsk).
        return Promise.resolve(request.kind === 'entry' ? takeEntryRequest(request.seq) : takeAddTermRequest(request.seq)) satisfies Promise<ReplyMap['take-hand-over']>;
      case 'reader-data-changed':
        rebuild();
        sync.localChanged();
        return Promise.resolve(true) satisfies Promise<ReplyMap['reader-data-changed']>;
      case 'get-term-statuses':
        return reader.termStatuses() satisfies Promise<ReplyMap['get-term-statuses']>;
      case 'set-term-status':
        return mayWrite(kind, sender, request).then((ok) => ok && reader.setTermStatus(request.id, request.status)).finally(sync.localChanged) satisfies Promise<ReplyMap['set-term-status']>;
      case 'set-term-note':
        return mayWrite(kind, sender, request).then((ok) => ok && reader.setTermNote(request.id, request.text)).finally(sync.localChanged) satisfies Promise<ReplyMap['set-term-note']>;
      case 'open-add-term':
        // A page's form is pre-filled with the address of the frame that asked, whatever it claims.
        return openAddForm(sender.tab, kind === 'content-script' ? withSenderAddress(request.draft, sender.url) : request.draft) satisfies Promise<ReplyMap['open-add-term']>;
      case 'check-packs':
      case 'add-pack-source':
      case 'remove-pack-source':
        // Subscriptions and checks come from the options page, never from a content script (mayAsk).
        return packs.answer(request) satisfies Promise<ReplyMap['check-packs']>;
      default:
        return unhandled(request);
    }
  }

  // "Look up with TermLens" (CC-CEDICT) and "Add to TermLens" on a selection.
  setUpContextMenu();
  // The keyboard's "Add to TermLens": the selection of whichever frame holds one.
  browser.commands?.onCommand.addListener((command: string, tab?: Browser.tabs.Tab) => {
    if (command !== ADD_COMMAND) return;
    const draft = tab?.id === undefined ? Promise.resolve(undefined) : captureSelection(tab.id);
    void openAddForm(tab, draft).catch((error) => console.error('TermLens: add form', error));
  });

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    // Only our own extension's scripts and pages may ask (a page cannot reach this listener), each what its context may.
    const kind = senderKind(sender, self);
    const request = parseRequest(message);
    return request && kind && mayAsk(kind, request.type) ? answer(request, sender, kind) : undefined;
  });
});
