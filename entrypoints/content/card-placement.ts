/**
 * The card host's geometry and event guard: where the card goes beside its term, a wheel that
 * scrolls the card and never the page, and the wrapper every page event handler goes through.
 */
import { cardPlacement } from '../../lib/dom/placement';
import { CARD_MARGIN_PX, CARD_MIN_HEIGHT_PX } from '../../lib/limits';
import type { CardHost } from './card-host';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** Beside the term, never over it; where nothing holds the whole card, it scrolls inside a max-height. */
export function place(card: CardHost, anchor: Range): void {
  const box = card.root.querySelector<HTMLElement>('.tl-hover');
  if (!box) return;
  box.style.removeProperty('--tl-max-height');
  const natural = { width: box.offsetWidth, height: box.scrollHeight };
  const p = cardPlacement({
    term: anchor.getBoundingClientRect(),
    card: natural,
    viewport: { width: document.documentElement.clientWidth || innerWidth, height: document.documentElement.clientHeight || innerHeight },
    margin: CARD_MARGIN_PX,
    minHeight: CARD_MIN_HEIGHT_PX,
  });
  if (p.maxHeight !== undefined) box.style.setProperty('--tl-max-height', `${p.maxHeight}px`);
  card.move(p);
}

/** Wheel inside the card scrolls the card; at its end (or when it has nothing to scroll) the page stays put. */
export function keepWheelInCard(root: ShadowRoot, e: WheelEvent): void {
  const box = root.querySelector<HTMLElement>('.tl-hover');
  if (!box || !e.isTrusted) return;
  const down = e.deltaY > 0;
  const room = down ? box.scrollHeight - box.clientHeight - box.scrollTop : box.scrollTop;
  if (e.deltaY !== 0 && room <= 0.5) e.preventDefault();
}

/** Every handler: trusted events only (a page's synthetic events open nothing), and nothing thrown into the page. */
/** Runs `fn`, keeping any error out of the page (a frame callback has no event to check). */
export const safely = (fn: () => void) => () => {
  try {
    fn();
  } catch (error) {
    console.debug('TermLens: card', error);
  }
};

export const guarded =
  <E extends Event>(handle: (e: E) => void) =>
  (e: E) => {
    if (!e.isTrusted) return;
    try {
      handle(e);
    } catch (error) {
      console.debug('TermLens: card', error);
    }
  };

/** An open card follows its term as the page (or any scroller in it) scrolls, and closes once the term leaves the view. */
export function followOnScroll(ctx: ContentScriptContext, open: () => { anchor: Range; host: CardHost } | undefined, hide: () => void): void {
  ctx.addEventListener(
    window,
    'scroll',
    guarded(() => {
      const shown = open();
      if (!shown) return;
      const rect = shown.anchor.getBoundingClientRect();
      if (rect.bottom < 0 || rect.top > innerHeight) hide();
      else place(shown.host, shown.anchor);
    }),
    { passive: true, capture: true },
  );
}
