/**
 * Hover cards over a page: hit-testing the pointer against the annotator's match index (no element
 * per match), hover intent (lib/dom/hover-intent.ts) so the pointer can travel into the card, the
 * card in a host no page script can reach (card-host.ts), and the keyboard path to the same card.
 * Only trusted events act: a page's synthetic pointer or key events open nothing.
 */
import type { VNode } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import dictionaryCardCss from '../../components/dictionary-card.css?inline';
import termCardCss from '../../components/term-card.css?inline';
import { rangeOfHit, type Annotator, type Hit } from '../../lib/dom/annotator';
import { createHoverIntent, zoneOf, type Point } from '../../lib/dom/hover-intent';
import { isTypingTarget, shortcutOf } from '../../lib/dom/shortcuts';
import { CARD_CLOSE_DELAY_MS, CORRIDOR_REST_MS, HOVER_SLACK_PX } from '../../lib/limits';
import type { PageMatcher } from '../../lib/messages';
import { send } from '../../lib/browser/messaging';
import type { Settings } from '../../lib/settings';
import { saveSettings } from '../../lib/browser/settings-store';
import { glossaryCardView, type Shown } from './card-view';
import cardCss from './card.css?inline';
import { createCardHost, type CardHost } from './card-host';
import type { CardController, UnmarkedLookup } from './card-controller';
import { bringIntoView, deepActiveElement, jumpOrigin, stepToTerm, termAtFocus, termAtPoint } from './card-keyboard';
import { followOnScroll, guarded, keepWheelInCard, place, safely } from './card-placement';
import { themeBehind, watchVoices } from './card-support';
import { shownOf, type CardPayload } from './card-shown';
import { installUnfindableText, UNFINDABLE_TEXT_CSS } from './unfindable-text';
import { createCardInside } from './card-inside';
import { createCardStack, type CardNav } from './card-stack';
import { dictionaryPage } from './card-lookups';
import { clearLookupHighlight } from './lookup-highlight';
import type { Matcher } from '../../lib/matcher/matcher';

const XHTML = 'http://www.w3.org/1999/xhtml';

export type { CardController, UnmarkedLookup } from './card-controller';

export function setUpCards(
  ctx: ContentScriptContext,
  annotatorOf: () => Annotator | undefined,
  table: PageMatcher,
  settings: () => Settings,
  /** The page matcher: says why an everyday word under the pointer was read as its term. */
  matcher?: Pick<Matcher, 'explain'>,
): CardController {
  // XML, RSS and SVG documents: no HTML to host a card in. Marks still show; cards do not.
  if (document.documentElement?.namespaceURI !== XHTML) return { hide() {}, showContent: async () => {}, setUnmarkedLookup() {}, lookUpAtFocus: () => false, holdUntilPointerMoves() {} };

  let showTimer: number | undefined;
  let closeTimer: number | undefined;
  let pending: { x: number; y: number; alt: boolean } | undefined;
  /** The pointer's last position: where a hover over a block read later is tried again. */
  let lastPoint: { x: number; y: number; alt: boolean } | undefined;
  /** The match under the pointer (or last opened by keyboard), so moving within it does nothing. */
  let current: Hit | undefined;
  /** The match under the pointer at its last move (undefined off every term). */
  let underPointer: Hit | undefined;
  /** Where the open card points: the glossary card's term, or the word a dictionary card is for. */
  let openAnchor: Range | undefined;
  let unmarked: UnmarkedLookup | undefined;
  /** Bumped by every show and hide: a show whose awaits outlived a newer show or a hide does nothing. */
  let sequence = 0;
  let details = settings().cardDetails;
  /** Where focus was before a keyboard-opened card took it. */
  let returnFocus: HTMLElement | undefined;
  let host: CardHost | undefined;
  /** The pages this card has shown (lookups inside it, related terms), Back and Forward among them. */
  const stack = createCardStack<CardPage>();
  /** Opened from the keyboard: it keeps focus and stays when the pointer leaves. */
  let heldByKeyboard = false;
  /** Where the pointer was when the page scrolled to a term under it: no card until it moves. */
  let held: { x: number; y: number } | undefined;
  let lastPointerType = '';
  const intent = createHoverIntent({ closeDelayMs: CARD_CLOSE_DELAY_MS, corridorRestMs: CORRIDOR_REST_MS });

  /** Made on first show (most frames never show a card); a failure is not kept, so the next show tries again. */
  function hostOf(): CardHost {
    if (host) return host;
    installUnfindableText();
    const made = createCardHost(`${termCardCss}\n${dictionaryCardCss}\n${cardCss}\n${UNFINDABLE_TEXT_CSS}`, hide);
    made.root.addEventListener('wheel', (e) => keepWheelInCard(made.root, e as WheelEvent), { passive: false });
    inside.attach(made.root);
    watchVoices(ctx, renderCurrent);
    return (host = made);
  }

  function hide(): void {
    sequence++;
    clearTimeout(showTimer);
    clearTimeout(closeTimer);
    unmarked?.cancel();
    clearLookupHighlight();
    const hadFocus = !!host?.root.activeElement;
    current = undefined;
    openAnchor = undefined;
    heldByKeyboard = false;
    stack.clear();
    inside.clear();
    if (host?.isOpen) host.close();
    if (hadFocus && returnFocus?.isConnected) returnFocus.focus({ preventScroll: true });
    returnFocus = undefined;
  }

  function closeAt(at: number | undefined): void {
    clearTimeout(closeTimer);
    if (at !== undefined) closeTimer = ctx.setTimeout(settledClose, Math.max(0, at - performance.now()));
  }

  /** The pointer settled away from the card: a hand trembling on a term it rested on is still resting there. */
  function settledClose(): void {
    const under = underPointer;
    hide();
    current = under;
  }

  /** A glossary card: opened from the page (a fresh stack), or from inside the card (`push`: a page with Back). */
  async function show(termId: string, hit: Hit | undefined, anchor: Range, options: { takeFocus: boolean; apex?: Point; push?: boolean; seenAs?: string }): Promise<void> {
    const mine = ++sequence;
    const payload = (await send({ type: 'get-entry', id: termId })) as CardPayload | null;
    // The pointer may have left, or another card opened, while the entry was on its way.
    if (mine !== sequence || !payload || ctx.isInvalid || !anchor.startContainer.isConnected) return;
    if (options.push && !host?.isOpen) return;
    const page: CardPage = { kind: 'term', shown: shownOf(payload, { hit, anchor, takeFocus: options.takeFocus, seenAs: options.seenAs }, matcher) };
    if (options.push) stack.push(page);
    else {
      unmarked?.cancel();
      openFresh(page, anchor, options.takeFocus, options.apex);
    }
    clearTimeout(closeTimer);
    renderCurrent();
  }

  /** A card opened from the page, not from inside the card: a fresh stack, its own anchor, no lookup highlight left over. */
  function openFresh(page: CardPage, anchor: Range, takeFocus: boolean, apex: Point | undefined): void {
    stack.reset(page);
    heldByKeyboard = takeFocus;
    clearLookupHighlight();
    openAnchor = anchor;
    intent.opened(apex);
  }

  /** The stack's current page in the card, with Back and Forward where there is somewhere to go. */
  function renderCurrent(): void {
    const page = stack.current;
    if (!page || !openAnchor) return;
    const anchor = openAnchor;
    const card = hostOf();
    const nav = stack.nav(renderCurrent);
    inside.clear();
    card.show(
      page.kind === 'content'
        ? page.content(hide, nav)
        : glossaryCardView(page.shown, {
            settings: settings(),
            details,
            nav,
            onToggleDetails: (next) => {
              details = next;
              renderCurrent();
              void saveSettings({ ...settings(), cardDetails: next }).catch(() => {});
            },
            onSelectTerm: (id) => void show(id, undefined, anchor, { takeFocus: false, push: true }),
            hide,
          }),
    );
    place(card, anchor);
  }

  const inside = createCardInside(ctx, table, () => settings().hoverDelayMs, {
    term: (id, seenAs) => void (openAnchor && show(id, undefined, openAnchor, { takeFocus: false, push: true, seenAs })),
    dictionary: (entries, addButton) => {
      if (!host?.isOpen || !openAnchor) return;
      stack.push({ kind: 'content', content: dictionaryPage(entries, themeBehind(openAnchor.startContainer), false, addButton) });
      renderCurrent();
    },
  });

  function showHit(hit: Hit, options: { takeFocus: boolean; apex?: Point }): void {
    const id = table.ids.at(hit.termIndex);
    if (id !== undefined) void show(id, hit, rangeOf(hit), options).catch(() => {});
  }

  // Runs are read afresh on each lookup: compare where they are, not which object they are.
  const sameHit = (a: Hit | undefined, b: Hit) =>
    !!a && a.run.container === b.run.container && a.run.index === b.run.index && a.start === b.start;

  function onPointer(): void {
    const point = pending;
    pending = undefined;
    if (!point || settings().trigger === 'click') return;
    // The page scrolled to a term under a resting pointer (Show in the article): it did not point there.
    if (held && held.x === point.x && held.y === point.y) return;
    held = undefined;
    lastPoint = point;
    const hit = settings().trigger === 'alt-hover' && !point.alt ? undefined : termAtPoint(annotatorOf(), point.x, point.y, () => pointAgain(point));
    underPointer = hit;
    if (!hit && point.alt && unmarked?.pointer(point.x, point.y, settings().hoverDelayMs)) {
      clearTimeout(showTimer);
      clearTimeout(closeTimer);
      current = undefined;
      return;
    }
    if (host?.isOpen && openAnchor) {
      const zone = zoneOf({ point, term: [...openAnchor.getClientRects()], card: host.rect(), apex: intent.apex, slack: HOVER_SLACK_PX });
      const due = intent.moved(zone, point, performance.now());
      // A card the keyboard put focus in stays until Escape or a click elsewhere, as does one whose note is being typed;
      // a click on a status or the text leaves focus in the card but does not keep it open.
      closeAt(host.root.activeElement && (heldByKeyboard || isTypingTarget(host.root.activeElement)) ? undefined : due);
      if (!intent.mayOpenOther(zone)) {
        clearTimeout(showTimer);
        return;
      }
    }
    if (!hit) {
      clearTimeout(showTimer);
      if (!host?.isOpen) current = undefined;
      return;
    }
    if (sameHit(current, hit)) return;
    current = hit;
    clearTimeout(showTimer);
    showTimer = ctx.setTimeout(() => showHit(hit, { takeFocus: false, apex: point }), settings().hoverDelayMs);
  }

  /** A block under a resting pointer has been read: the pointer is looked at again, without waiting for it to move. */
  function pointAgain(point: { x: number; y: number; alt: boolean }): void {
    if (lastPoint !== point || pending) return;
    pending = point;
    ctx.requestAnimationFrame(onPointerSafely);
  }

  function jump(hit: Hit): void {
    hide();
    current = hit;
    bringIntoView(rangeOf(hit));
    returnFocus = deepActiveElement();
    showHit(hit, { takeFocus: true });
  }

  const onPointerSafely = safely(onPointer);

  ctx.addEventListener(document, 'pointerdown', guarded((e: PointerEvent) => void (lastPointerType = e.pointerType)), { capture: true, passive: true });
  ctx.addEventListener(
    document,
    'pointermove',
    guarded((e: PointerEvent) => {
      if (e.pointerType === 'touch') return;
      const first = !pending;
      pending = { x: e.clientX, y: e.clientY, alt: e.altKey };
      if (first) ctx.requestAnimationFrame(onPointerSafely);
    }),
    { passive: true },
  );
  ctx.addEventListener(
    document,
    'click',
    guarded((e: MouseEvent) => {
      if (host?.isOpen && e.composedPath().includes(host.host)) return;
      // A tap is the touch reader's hover: it opens the card whatever the trigger setting.
      if (settings().trigger !== 'click' && lastPointerType !== 'touch') {
        if (host?.isOpen && !host.root.activeElement) return;
        if (host?.isOpen) hide();
        return;
      }
      const hit = termAtPoint(annotatorOf(), e.clientX, e.clientY);
      if (hit) {
        current = hit;
        showHit(hit, { takeFocus: false });
      } else if (e.altKey && unmarked?.pointer(e.clientX, e.clientY, 0)) {
        current = undefined;
      } else if (host?.isOpen) hide();
    }),
  );
  ctx.addEventListener(
    document,
    'keydown',
    guarded((e: KeyboardEvent) => {
      if (e.key === 'Escape' && host?.isOpen) {
        hide();
        return;
      }
      const shortcut = shortcutOf(e, document.activeElement);
      if (!shortcut) return;
      if (shortcut === 'lookup') {
        if (lookUpAtFocus()) e.preventDefault();
        return;
      }
      if (step(shortcut === 'next')) e.preventDefault();
    }),
  );

  /** Alt+J / Alt+K: false when there is no term to step to (nor one on its way). */
  function step(forward: boolean): boolean {
    const asked = sequence;
    const annotator = annotatorOf();
    // A card shown or hidden meanwhile (another key, the pointer) makes a step still on its way moot.
    return stepToTerm(annotator, jumpOrigin(current, forward), forward, () => asked === sequence && annotatorOf() === annotator, jump);
  }
  followOnScroll(ctx, () => (openAnchor && host?.isOpen ? { anchor: openAnchor, host } : undefined), hide);

  function lookUpAtFocus(): boolean {
    // Alt+L inside the card: the word selected (or pointed at with Alt) in its text.
    if (inside.lookUp(host)) return true;
    const annotator = annotatorOf();
    const hit = annotator && termAtFocus(annotator);
    if (hit) {
      jump(hit);
      return true;
    }
    return unmarked?.atSelection() ?? false;
  }

  /** A dictionary card (or any other content) in the same host, with the same intent, placement and focus rules. */
  async function showContent(anchor: Range, content: (close: () => void, nav: CardNav) => VNode, takeFocus: boolean): Promise<void> {
    const focusBefore = takeFocus ? deepActiveElement() : undefined;
    sequence++;
    clearTimeout(showTimer);
    clearTimeout(closeTimer);
    current = undefined;
    if (takeFocus) returnFocus = focusBefore;
    openFresh({ kind: 'content', content }, anchor, takeFocus, undefined);
    renderCurrent();
  }

  function holdUntilPointerMoves(): void {
    hide();
    clearTimeout(showTimer);
    held = lastPoint && { x: lastPoint.x, y: lastPoint.y };
  }

  return {
    hide,
    showContent,
    setUnmarkedLookup: (lookup) => void (unmarked = lookup),
    lookUpAtFocus,
    holdUntilPointerMoves,
  };
}

/** A page of the card: a glossary term, or other content (a dictionary lookup). */
type CardPage = { kind: 'term'; shown: Shown } | { kind: 'content'; content: (close: () => void, nav: CardNav) => VNode };

const rangeOf = (hit: Hit) => rangeOfHit(document, hit);
