import { browser } from 'wxt/browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createAnnotator, type Annotator } from '../../lib/dom/annotator';
import { applyHighlightStyle, applyLightHighlightStyle, restoreHighlights, trackedSink, untrack, type RangeSink } from '../../lib/dom/highlight-style';
import { createPrivateLayer } from '../../lib/dom/private-layer';
import { hasReadableText, whenReadable } from '../../lib/dom/readable';
import { matcherOf, type Matcher } from '../../lib/matcher/matcher';
import { ownTermCount } from '../../lib/matcher/term-ids';
import { termIndexes, withoutTerms } from '../../lib/matcher/without-terms';
import type { PageMatcher, TermStatuses } from '../../lib/messages';
import { isActiveOn, siteOf } from '../../lib/settings';
import { loadSettings, watchSettings } from '../../lib/browser/settings-store';
import { setUpCards, type CardController } from './cards';
import { createHighlightSheet } from './highlight-sheet';
import { applyMarkColour, type MarkColours } from './mark-colour';
import { setUpPageTerms } from './page-terms';
import { setUpDictionaryLookup } from './dictionary-lookup';
import { watchMatcherRevision, watchStatusRevision } from './matcher-revision';
import { setUpSelectionCapture } from './selection-capture';
import { marksOf } from '../../lib/status-marks';
import { currentStatuses, startData } from './start-data';

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  // The card's styles are inlined into its closed shadow root (cards.tsx): nothing is injected into the page or exposed as a web-accessible file.
  cssInjectionMode: 'manual',
  // WXT's start-up postMessage reaches every frame's page and names the extension's id.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    ignoreForgedStartEvents(ctx);
    try {
      await run(ctx);
    } catch (error) {
      // Never throw into the page: a failure here only means no marks on this page.
      console.debug('TermLens: not active on this page:', error);
    }
  },
});

/**
 * WXT tells an old copy of this script to go quiet (after an update) with a CustomEvent on
 * `document` named after the extension's id, which a page can know and dispatch as well. A copy
 * whose extension is still alive is not old: the event is stopped on its way down, before WXT's
 * listener on `document` sees it; an orphaned copy (no runtime id, as WXT itself checks) lets it by.
 */
function ignoreForgedStartEvents(ctx: ContentScriptContext): void {
  // WXT's own name for the event (private in its types, public at run time).
  const type = (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string }).SCRIPT_STARTED_MESSAGE_TYPE;
  const guard = (event: Event) => {
    if (browser.runtime?.id != null) event.stopImmediatePropagation();
  };
  window.addEventListener(type, guard, { capture: true });
  ctx.onInvalidated(() => window.removeEventListener(type, guard, { capture: true }));
}

/** The sites whose switch applies to this frame: its own, and the top page's where it can be known. */
function framesSites(): (string | undefined)[] {
  const sites = [siteOf(location.href)];
  const origins = (location as Location & { ancestorOrigins?: DOMStringList }).ancestorOrigins;
  if (origins && origins.length > 0) sites.push(siteOf(origins[origins.length - 1]!));
  return sites;
}

async function run(ctx: ContentScriptContext): Promise<void> {
  // A frame that holds text already (nearly every page) reads its matcher alongside the settings:
  // one storage round trip before the walk instead of three in a row.
  let early = hasReadableText(document) ? startData() : undefined;
  let settings = await loadSettings();
  const sites = framesSites();
  const isActive = () => sites.every((site) => isActiveOn(settings, site));
  if (!isActive()) early = undefined; // not kept on a switched-off site: read again if it is switched on

  // Built on first activation: a page on a switched-off site costs one storage read.
  let page:
    | {
        matcher: Matcher;
        table: PageMatcher;
        statuses: TermStatuses;
        highlight: Highlight | undefined;
        light: Highlight | undefined;
        /** The two Highlights as the painter fills them: what they hold is kept, so a page that empties them is undone. */
        sinks: { highlight: RangeSink; light: RangeSink } | undefined;
        cards: CardController;
      }
    | undefined;
  let annotator: Annotator | undefined;
  let annotatorFirstOnly = false;
  const highlightSheet = createHighlightSheet();
  /** The statuses and setting the annotator was made with: a change means a fresh walk. */
  let annotatorMarks = '';
  // "Add to TermLens" reads a selection wherever the reader makes one, marks or not.
  setUpSelectionCapture(ctx);
  /** The page-contrast underline colours, and how to take their sheet away again; set while TermLens is active here. */
  let markColours: MarkColours | undefined;
  // Own terms' marks: outside the page's highlight registry, on every page where TermLens is on (private-layer.ts).
  const privateLayer = createPrivateLayer({
    doc: document,
    nextFrame: (fn) => ctx.requestAnimationFrame(fn),
    onFrame: restoreHighlights,
  });
  /** Set once the frame holds text: until then no glossary is asked for and no matcher built. */
  let readable = false;
  const pageTerms = window === window.top
    ? setUpPageTerms(ctx, () => ({ site: sites[0], active: isActive(), annotator, table: page?.table, revealed: () => page?.cards.holdUntilPointerMoves() }))
    : undefined;

  async function prepare() {
    const { table, statuses } = await (early ?? startData());
    early = undefined;
    if (!table || ctx.isInvalid) return undefined;
    const matcher = matcherOf(table.layout);
    const hasHighlights = typeof Highlight === 'function' && 'highlights' in CSS;
    const highlight = hasHighlights ? new Highlight() : undefined;
    const light = hasHighlights ? new Highlight() : undefined;
    const sinks = highlight && light ? { highlight: trackedSink(highlight), light: trackedSink(light) } : undefined;
    const cards = setUpCards(ctx, () => annotator, table, () => settings, matcher);
    setUpDictionaryLookup(ctx, cards, isActive);
    return { matcher, table, statuses, highlight, light, sinks, cards };
  }

  async function apply(): Promise<void> {
    if (!isActive()) {
      annotator?.stop();
      annotator = undefined;
      highlightSheet.removeAll();
      markColours?.remove();
      markColours = undefined;
      privateLayer.detach();
      page?.cards.hide();
      if (page?.highlight) applyHighlightStyle(page.highlight, undefined);
      if (page?.light) applyLightHighlightStyle(page.light, undefined);
      pageTerms?.changed();
      return;
    }
    if (!readable) return;
    page ??= await prepare();
    if (!page || ctx.isInvalid || !isActive()) return;
    const marks = marksOf(page.statuses, settings);
    // The page's background is read before any sheet of ours is adopted: after one, reading a
    // computed style recalculates the whole page's style inside this task.
    markColours ??= applyMarkColour(document);
    privateLayer.setLook({ style: settings.highlightStyle, colour: markColours.colour, light: markColours.light });
    privateLayer.attach();
    if (page.highlight) applyHighlightStyle(page.highlight, settings.highlightStyle);
    // Registered by the option alone, not by whether the reader knows any term.
    if (page.light) applyLightHighlightStyle(page.light, settings.lightKnown && !settings.hideKnown ? settings.highlightStyle : undefined);
    highlightSheet.adopt(document);
    // "First occurrence only" and the statuses decide what the walk paints: a change means a fresh walk.
    if (annotator && (annotatorFirstOnly !== settings.firstOnly || annotatorMarks !== marks.key)) {
      annotator.stop();
      annotator = undefined;
    }
    if (annotator) return;
    annotatorFirstOnly = settings.firstOnly;
    annotatorMarks = marks.key;
    const owned = ownTermCount(page.table.ids);
    annotator = createAnnotator({
      doc: document,
      matcher: withoutTerms(page.matcher, termIndexes(page.table.ids, marks.hidden)),
      highlight: page.sinks?.highlight,
      light: { highlight: page.sinks?.light, terms: termIndexes(page.table.ids, marks.light) },
      own: { isOwn: (term) => term < owned, sink: privateLayer.sink, lightSink: privateLayer.lightSink },
      schedule: (fn) => ctx.setTimeout(fn, 0),
      afterLayout: (fn) => ctx.requestAnimationFrame(() => ctx.setTimeout(fn, 0)),
      onChange: () => {
        restoreHighlights();
        pageTerms?.changed();
      },
      firstOnly: settings.firstOnly,
      onShadowRoot: highlightSheet.adopt,
    });
    annotator.start();
  }

  let applying = Promise.resolve();
  const reapply = () => (applying = applying.then(apply).catch((error) => console.debug('TermLens:', error)));

  /** The reader's own terms or statuses changed: a new matcher for the same page, walked afresh. */
  async function refreshMatcher(): Promise<void> {
    if (!page) {
      early = undefined; // never prepared (inactive, or no text yet): it will read the current one
      return;
    }
    const { table, statuses } = await startData();
    if (!table || ctx.isInvalid) return;
    page.statuses = statuses;
    page.cards.hide();
    // The same table object, updated in place: the card controller reads ids through it.
    Object.assign(page.table, table);
    page.matcher = matcherOf(table.layout);
    annotator?.stop();
    annotator = undefined;
    await apply();
  }
  const unwatchRevision = watchMatcherRevision(() => {
    applying = applying.then(refreshMatcher).catch((error) => console.debug('TermLens:', error));
  });
  /** A status changed (card, side panel, options): the same matcher, walked afresh with the new marks. */
  async function refreshStatuses(): Promise<void> {
    if (!page) {
      early = undefined;
      return;
    }
    const statuses = await currentStatuses();
    if (ctx.isInvalid || !page) return;
    page.statuses = statuses;
    await apply();
  }
  const unwatchStatuses = watchStatusRevision(() => {
    applying = applying.then(refreshStatuses).catch((error) => console.debug('TermLens:', error));
  });
  const unwatch = watchSettings((next) => {
    settings = next;
    void reapply();
  });
  ctx.onInvalidated(() => {
    unwatch();
    unwatchRevision();
    unwatchStatuses();
    annotator?.stop();
    highlightSheet.removeAll();
    markColours?.remove();
    privateLayer.detach();
    if (page?.highlight) untrack(page.highlight);
    if (page?.light) untrack(page.light);
    if (page?.highlight) applyHighlightStyle(page.highlight, undefined);
    if (page?.light) applyLightHighlightStyle(page.light, undefined);
  });
  await whenReadable(document, ctx);
  readable = true;
  await reapply();
}
