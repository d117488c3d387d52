/**
 * Hover cards over a page: hit-testing the pointer against the annotator's match index (no element
 * per match), the card itself in a closed shadow root, and the keyboard path to the same card.
 */
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { HoverCard } from '../../components/HoverCard';
import { rangeOfHit, type Annotator, type Hit } from '../../lib/dom/annotator';
import { caretAt, pointIsOnChar } from '../../lib/dom/caret';
import { cardPosition } from '../../lib/dom/placement';
import { shortcutOf } from '../../lib/dom/shortcuts';
import { OWN_UI_ATTRIBUTE } from '../../lib/dom/skip';
import { send } from '../../lib/browser/messaging';
import { indexEntryPayload } from '../../lib/glossary/lookup';
import type { EntryPayload } from '../../lib/glossary/payloads';
import type { PageMatcher, Request } from '../../lib/messages';
import { HIDE_GRACE_MS } from '../../lib/limits';
import type { Settings } from '../../lib/settings';


export interface CardController {
  hide(): void;
}

export function setUpCards(
  ctx: ContentScriptContext,
  annotatorOf: () => Annotator | undefined,
  table: PageMatcher,
  settings: () => Settings,
): CardController {
  let showTimer: number | undefined;
  let hideTimer: number | undefined;
  let openRange: Range | undefined;
  let pending: { x: number; y: number; alt: boolean } | undefined;
  /** The match under the pointer (or last opened by keyboard), so moving within it does nothing. */
  let current: Hit | undefined;
  /** Where focus was before a keyboard-opened card took it. */
  let returnFocus: HTMLElement | undefined;
  let shadow: ShadowRoot | undefined;

  /**
   * The card's closed shadow root, made for the first card shown: most frames never show one, and
   * making it costs every frame a few milliseconds and a fetch of the card's styles at start.
   */
  let ui: ShadowRootContentScriptUi<HTMLElement> | undefined;
  let uiMade: Promise<ShadowRootContentScriptUi<HTMLElement>> | undefined;
  const makeUi = () => (uiMade ??= createShadowRootUi(ctx, {
    name: 'termlens-card',
    mode: 'closed', // page scripts cannot read what the reader looks up
    position: 'inline',
    anchor: 'body',
    append: 'last',
    onMount(container, root, host) {
      shadow = root;
      host.setAttribute(OWN_UI_ATTRIBUTE, '');
      host.addEventListener('pointerenter', () => clearTimeout(hideTimer));
      host.addEventListener('pointerleave', scheduleHide);
      return container;
    },
    onRemove(container) {
      if (container) render(null, container);
    },
  }).then((made) => (ui = made)));

  function hide(): void {
    clearTimeout(showTimer);
    clearTimeout(hideTimer);
    const hadFocus = !!shadow?.activeElement;
    current = undefined;
    openRange = undefined;
    if (ui?.mounted) {
      render(null, ui.mounted);
      ui.remove();
    }
    if (hadFocus && returnFocus?.isConnected) returnFocus.focus({ preventScroll: true });
    returnFocus = undefined;
  }

  function scheduleHide(): void {
    clearTimeout(hideTimer);
    hideTimer = ctx.setTimeout(hide, HIDE_GRACE_MS);
  }

  function ask(request: Request): Promise<unknown> {
    return send(request);
  }

  async function show(termId: string, seenAs: string, anchor: Range, takeFocus: boolean): Promise<void> {
    const payload = (await ask({ type: 'get-entry', id: termId })) as EntryPayload | null;
    if (!payload || ctx.isInvalid) return;
    const card = await makeUi();
    if (ctx.isInvalid) return;
    if (!card.mounted) card.mount();
    const container = card.mounted!;
    openRange = anchor;
    render(
      <HoverCard
        term={payload.term}
        index={indexEntryPayload(payload)}
        seenAs={seenAs}
        languages={settings().languages}
        script={settings().script}
        pageLang={document.documentElement.lang}
        onSelectTerm={(id) => void show(id, '', anchor, false)}
        onClose={hide}
        onOpenEntry={(id) => void ask({ type: 'open-entry', id }).catch(() => {})}
        takeFocus={takeFocus}
      />,
      container,
    );
    place(card.shadowHost, anchor);
  }

  function showHit(hit: Hit, takeFocus: boolean): void {
    const range = rangeOf(hit);
    void show(table.ids[hit.termIndex]!, range.toString(), range, takeFocus);
  }

  // Runs are read afresh on each lookup: compare where they are, not which object they are.
  const sameHit = (a: Hit | undefined, b: Hit) =>
    !!a && a.run.container === b.run.container && a.run.index === b.run.index && a.start === b.start;

  function onPointer(): void {
    const point = pending;
    pending = undefined;
    if (!point || settings().trigger === 'click') return;
    const hit = settings().trigger === 'alt-hover' && !point.alt ? undefined : hitTest(point.x, point.y);
    if (!hit) {
      clearTimeout(showTimer);
      if (ui?.mounted && !shadow?.activeElement) scheduleHide();
      if (!ui?.mounted) current = undefined;
      return;
    }
    clearTimeout(hideTimer);
    if (sameHit(current, hit)) return;
    current = hit;
    clearTimeout(showTimer);
    showTimer = ctx.setTimeout(() => showHit(hit, false), settings().hoverDelayMs);
  }

  function hitTest(x: number, y: number): Hit | undefined {
    const caret = caretAt(document, x, y);
    if (!caret || caret.node.nodeType !== Node.TEXT_NODE) return undefined;
    // The caret sits between characters: the pointer is on the one before or after it.
    for (const offset of [caret.offset, caret.offset - 1]) {
      if (!pointIsOnChar(document, caret.node as Text, offset, x, y)) continue;
      const hit = annotatorOf()?.annotationAt(caret.node, offset);
      if (hit) return hit;
    }
    return undefined;
  }

  /** Where a next/previous jump starts: the term last jumped to, else the selection, else the viewport's top. */
  function jumpOrigin(forward: boolean): { node: Node; offset: number } | undefined {
    if (current && current.run.nodes[0]!.isConnected) {
      const range = rangeOf(current);
      return forward ? { node: range.endContainer, offset: range.endOffset } : { node: range.startContainer, offset: range.startOffset };
    }
    const selection = document.getSelection();
    if (selection?.focusNode && document.body?.contains(selection.focusNode)) return { node: selection.focusNode, offset: selection.focusOffset };
    return caretAt(document, innerWidth / 2, 1);
  }

  /** The term at the selection (or caret), else the first term inside the focused element. */
  function termAtFocus(annotator: Annotator): Hit | undefined {
    const selection = document.getSelection();
    for (const [node, offset] of [
      [selection?.focusNode, selection?.focusOffset ?? 0],
      [selection?.anchorNode, selection?.anchorOffset ?? 0],
    ] as const) {
      if (!node) continue;
      const hit = annotator.annotationAt(node, offset) ?? annotator.annotationAt(node, offset - 1);
      if (hit) return hit;
    }
    const active = document.activeElement;
    if (!active || active === document.body) return undefined;
    const hit = annotator.adjacent({ node: active, offset: 0 }, true);
    return hit && active.contains(hit.run.nodes[0]!) ? hit : undefined;
  }

  function jump(hit: Hit): void {
    hide();
    current = hit;
    const range = rangeOf(hit);
    const rect = range.getBoundingClientRect();
    if (rect.top < 0 || rect.bottom > innerHeight) range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    returnFocus = deepActiveElement();
    showHit(hit, true);
  }

  ctx.addEventListener(document, 'pointermove', (e: PointerEvent) => {
    if (e.pointerType === 'touch') return;
    const first = !pending;
    pending = { x: e.clientX, y: e.clientY, alt: e.altKey };
    if (first) ctx.requestAnimationFrame(onPointer);
  }, { passive: true });
  ctx.addEventListener(document, 'click', (e: MouseEvent) => {
    if (settings().trigger !== 'click' || (ui && e.composedPath().includes(ui.shadowHost))) return;
    const hit = hitTest(e.clientX, e.clientY);
    if (hit) {
      current = hit;
      showHit(hit, false);
    } else if (ui?.mounted) hide();
  });
  ctx.addEventListener(document, 'keydown', (e: KeyboardEvent) => {
    if (e.key === 'Escape' && ui?.mounted) {
      hide();
      return;
    }
    const annotator = annotatorOf();
    const shortcut = annotator && shortcutOf(e, document.activeElement);
    if (!shortcut) return;
    const hit = shortcut === 'lookup' ? termAtFocus(annotator) : annotator.adjacent(jumpOrigin(shortcut === 'next'), shortcut === 'next');
    if (!hit) return;
    e.preventDefault();
    jump(hit);
  });
  ctx.addEventListener(window, 'scroll', () => {
    if (!openRange || !ui) return;
    const rect = openRange.getBoundingClientRect();
    if (rect.bottom < 0 || rect.top > innerHeight) hide();
    else place(ui.shadowHost, openRange);
  }, { passive: true, capture: true });

  return { hide };
}

const rangeOf = (hit: Hit) => rangeOfHit(document, hit);

function deepActiveElement(): HTMLElement | undefined {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el instanceof HTMLElement ? el : undefined;
}

/** Below the term, or above it where there is no room; always inside the viewport. */
export function place(host: HTMLElement, anchor: Range): void {
  host.style.setProperty('--tl-display', 'block');
  const { top, left } = cardPosition(anchor.getBoundingClientRect(), host.getBoundingClientRect(), { width: innerWidth, height: innerHeight }, 8);
  host.style.setProperty('--tl-top', `${top}px`);
  host.style.setProperty('--tl-left', `${left}px`);
}
