/**
 * What the popup and the sidebar learn from a page (its top frame only): the terms it holds with
 * their counts, and "show me the next one". The sidebar subscribes through a port, so pages send
 * nothing while no sidebar is looking — no message wakes the background on every page load.
 */
import { browser, type Browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { rangeOfHit, type Annotator, type Hit } from '../../lib/dom/annotator';
import { FLASH_MS, UPDATE_INTERVAL_MS } from '../../lib/limits';
import { PAGE_TERMS_PORT, parseTabRequest, unhandled, type PageMatcher, type PageTerms, type ReplyMap } from '../../lib/messages';


export interface PageState {
  site: string | undefined;
  active: boolean;
  annotator: Annotator | undefined;
  table: PageMatcher | undefined;
  /** Told when the page was scrolled to a term (a card must not open under the pointer that did not move). */
  revealed?: () => void;
}

export function setUpPageTerms(ctx: ContentScriptContext, state: () => PageState) {
  const ports = new Set<Browser.runtime.Port>();
  const lastRevealed = new Map<string, Hit>();
  let updateTimer: number | undefined;
  let flash: Highlight | undefined;

  function pageTerms(): PageTerms {
    const { site, active, annotator, table } = state();
    const counts: [string, number][] = [];
    if (active && annotator && table) {
      for (const [index, n] of annotator.counts()) {
        const id = table.ids.at(index);
        if (id !== undefined) counts.push([id, n]);
      }
    }
    return { site: site ?? null, active, counts, lang: document.documentElement.lang || null };
  }

  function reveal(id: string): boolean {
    const { annotator, table } = state();
    const term = table?.ids.indexOf(id) ?? -1;
    if (!annotator || term < 0) return false;
    const previous = lastRevealed.get(id);
    const from = previous?.run.nodes[0]?.isConnected ? rangeOfHit(document, previous) : undefined;
    // A block too long to read at once on the way is read in the coming slices; the term is revealed then.
    const pending = { ready: () => void (state().annotator === annotator && reveal(id)), waiting: false };
    const hit = annotator.adjacent(from && { node: from.endContainer, offset: from.endOffset }, true, term, pending);
    if (!hit) return pending.waiting;
    lastRevealed.set(id, hit);
    const range = rangeOfHit(document, hit);
    range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    state().revealed?.();
    if (typeof Highlight === 'function' && 'highlights' in CSS) {
      flash ??= new Highlight();
      flash.clear();
      flash.add(new StaticRange({ startContainer: range.startContainer, startOffset: range.startOffset, endContainer: range.endContainer, endOffset: range.endOffset }));
      CSS.highlights.set('termlens-flash', flash);
      ctx.setTimeout(() => flash?.clear(), FLASH_MS);
    }
    return true;
  }

  const onMessage = (message: unknown, sender: Browser.runtime.MessageSender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    const request = parseTabRequest(message);
    if (!request) return undefined;
    switch (request.type) {
      case 'page-terms':
        return Promise.resolve(pageTerms() satisfies ReplyMap['page-terms']);
      case 'reveal-term':
        return Promise.resolve(reveal(request.id) satisfies ReplyMap['reveal-term']);
      case 'lookup-selection':
      case 'capture-selection':
        // Answered by the frame the selection is in (dictionary-lookup.ts, selection-capture.ts).
        return undefined;
      default:
        return unhandled(request);
    }
  };
  const onConnect = (port: Browser.runtime.Port) => {
    if (port.name !== PAGE_TERMS_PORT || port.sender?.id !== browser.runtime.id) return;
    ports.add(port);
    port.onDisconnect.addListener(() => ports.delete(port));
    port.postMessage(pageTerms());
  };
  browser.runtime.onMessage.addListener(onMessage);
  browser.runtime.onConnect.addListener(onConnect);
  ctx.onInvalidated(() => {
    browser.runtime.onMessage.removeListener(onMessage);
    browser.runtime.onConnect.removeListener(onConnect);
    for (const port of ports) port.disconnect();
    CSS.highlights?.delete('termlens-flash');
  });

  return {
    /** The page's terms changed (a slice annotated text, or TermLens was switched on or off). */
    changed(): void {
      if (ports.size === 0 || updateTimer !== undefined) return;
      updateTimer = ctx.setTimeout(() => {
        updateTimer = undefined;
        const terms = pageTerms();
        for (const port of ports) port.postMessage(terms);
      }, UPDATE_INTERVAL_MS);
    },
  };
}
