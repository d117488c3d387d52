import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { HoverCard } from '../../components/HoverCard';
import { createAnnotator, type Annotator } from '../../lib/dom/annotator';
import { caretAt, pointIsOnChar } from '../../lib/dom/caret';
import { OWN_UI_ATTRIBUTE } from '../../lib/dom/skip';
import { indexEntryPayload } from '../../lib/glossary/lookup';
import { HIGHLIGHT_NAME, HOVER_DELAY_MS } from '../../lib/limits';
import { compileMatcher } from '../../lib/matcher/compile';
import type { EntryPayload, MatchTable, Request } from '../../lib/messages';
import highlightCss from '../../public/termlens-highlight.css?raw';
import './card.css';

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  async main(ctx) {
    try {
      await run(ctx);
    } catch (error) {
      // Never throw into the page: a failure here only means no marks on this page.
      console.debug('TermLens: not active on this page:', error);
    }
  },
});

function ask(request: Request): Promise<unknown> {
  return browser.runtime.sendMessage(request);
}

function isMatchTable(v: unknown): v is MatchTable {
  const t = v as MatchTable;
  return !!t && Array.isArray(t.ids) && Array.isArray(t.forms) && t.forms.length === t.ids.length;
}

async function run(ctx: ContentScriptContext): Promise<void> {
  const table = await ask({ type: 'get-match-table' });
  if (!isMatchTable(table) || ctx.isInvalid) return;
  const matcher = compileMatcher(
    table.forms.flatMap((forms, termIndex) =>
      forms.map((form) => ({ form, termIndex, caseSensitive: table.caseSensitive[termIndex] !== false, exclude: table.exclude[termIndex] })),
    ),
  );
  const highlight = typeof Highlight === 'function' && 'highlights' in CSS ? new Highlight() : undefined;
  if (highlight) CSS.highlights.set(HIGHLIGHT_NAME, highlight);

  let shadowSheet: CSSStyleSheet | undefined;
  const annotator = createAnnotator({
    doc: document,
    matcher,
    highlight,
    schedule: (fn) => ctx.setTimeout(fn, 0),
    onShadowRoot: (root) => {
      // Page styles (ours included) stop at a shadow boundary: add the highlight style inside.
      try {
        shadowSheet ??= highlightSheet(); // built only on pages that have shadow roots
        root.adoptedStyleSheets = [...root.adoptedStyleSheets, shadowSheet];
      } catch {
        /* a browser that refuses a sheet from the extension's world: terms there are unpainted */
      }
    },
  });
  annotator.start();
  ctx.onInvalidated(() => {
    annotator.stop();
    if (highlight) CSS.highlights.delete(HIGHLIGHT_NAME);
  });
  await setUpHoverCards(ctx, annotator, table);
}

function highlightSheet(): CSSStyleSheet {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(highlightCss);
  return sheet;
}

async function setUpHoverCards(ctx: ContentScriptContext, annotator: Annotator, table: MatchTable): Promise<void> {
  let showTimer: number | undefined;
  let hideTimer: number | undefined;
  let openRange: Range | undefined;
  let pending: { x: number; y: number } | undefined;
  let current: { termIndex: number; start: Node; startOffset: number } | undefined;

  const ui = await createShadowRootUi(ctx, {
    name: 'termlens-card',
    mode: 'closed', // page scripts cannot read what the reader looks up
    position: 'inline',
    anchor: 'body',
    append: 'last',
    onMount(container, _shadow, host) {
      host.setAttribute(OWN_UI_ATTRIBUTE, '');
      Object.assign(host.style, { position: 'fixed', zIndex: '2147483647', top: '0', left: '0', display: 'none' });
      host.addEventListener('pointerenter', () => clearTimeout(hideTimer));
      host.addEventListener('pointerleave', scheduleHide);
      return container;
    },
    onRemove(container) {
      if (container) render(null, container);
    },
  });

  function hide(): void {
    clearTimeout(showTimer);
    clearTimeout(hideTimer);
    current = undefined;
    openRange = undefined;
    if (ui.mounted) {
      render(null, ui.mounted);
      ui.remove();
    }
  }

  function scheduleHide(): void {
    clearTimeout(hideTimer);
    hideTimer = ctx.setTimeout(hide, 200);
  }

  async function show(termId: string, seenAs: string, anchor: Range): Promise<void> {
    const payload = (await ask({ type: 'get-entry', id: termId })) as EntryPayload | null;
    if (!payload || ctx.isInvalid) return;
    if (!ui.mounted) ui.mount();
    const container = ui.mounted!;
    openRange = anchor;
    render(
      <HoverCard
        term={payload.term}
        index={indexEntryPayload(payload)}
        seenAs={seenAs}
        onSelectTerm={(id) => void show(id, '', anchor)}
        onClose={hide}
      />,
      container,
    );
    place(ui.shadowHost, anchor);
  }

  function onPointer(): void {
    const point = pending;
    pending = undefined;
    if (!point) return;
    const hit = hitTest(point.x, point.y);
    if (!hit) {
      clearTimeout(showTimer);
      if (ui.mounted) scheduleHide();
      current = undefined;
      return;
    }
    clearTimeout(hideTimer);
    const { annotation } = hit;
    const key = { termIndex: annotation.termIndex, start: annotation.range.startContainer, startOffset: annotation.range.startOffset };
    if (current && current.termIndex === key.termIndex && current.start === key.start && current.startOffset === key.startOffset) return;
    current = key;
    clearTimeout(showTimer);
    showTimer = ctx.setTimeout(() => {
      const range = document.createRange();
      range.setStart(annotation.range.startContainer, annotation.range.startOffset);
      range.setEnd(annotation.range.endContainer, annotation.range.endOffset);
      void show(table.ids[annotation.termIndex]!, range.toString(), range);
    }, HOVER_DELAY_MS);
  }

  function hitTest(x: number, y: number) {
    const caret = caretAt(document, x, y);
    if (!caret || caret.node.nodeType !== Node.TEXT_NODE) return undefined;
    // The caret sits between characters: the pointer is on the one before or after it.
    for (const offset of [caret.offset, caret.offset - 1]) {
      if (!pointIsOnChar(document, caret.node as Text, offset, x, y)) continue;
      const hit = annotator.annotationAt(caret.node, offset);
      if (hit) return hit;
    }
    return undefined;
  }

  ctx.addEventListener(document, 'pointermove', (e: PointerEvent) => {
    if (e.pointerType === 'touch') return;
    const first = !pending;
    pending = { x: e.clientX, y: e.clientY };
    if (first) ctx.requestAnimationFrame(onPointer);
  }, { passive: true });
  ctx.addEventListener(document, 'keydown', (e: KeyboardEvent) => {
    if (e.key === 'Escape' && ui.mounted) hide();
  });
  ctx.addEventListener(window, 'scroll', () => {
    if (!openRange) return;
    const rect = openRange.getBoundingClientRect();
    if (rect.bottom < 0 || rect.top > innerHeight) hide();
    else place(ui.shadowHost, openRange);
  }, { passive: true, capture: true });
}

/** Below the term, or above it where there is no room; always inside the viewport. */
function place(host: HTMLElement, anchor: Range): void {
  host.style.display = 'block';
  const rect = anchor.getBoundingClientRect();
  const card = host.getBoundingClientRect();
  const margin = 8;
  const below = rect.bottom + margin;
  const top = below + card.height <= innerHeight || rect.top - margin - card.height < 0 ? below : rect.top - margin - card.height;
  const left = Math.min(Math.max(margin, rect.left), innerWidth - card.width - margin);
  host.style.top = `${Math.max(margin, Math.min(top, innerHeight - card.height - margin))}px`;
  host.style.left = `${Math.max(margin, left)}px`;
}
