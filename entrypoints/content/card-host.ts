/**
 * The element a card lives in, made so the page cannot read, alter, hide, move or click the card:
 * - a plain `div` (not a custom element name: a page that defines one first would get our shadow
 *   root through ElementInternals) with a closed shadow root the page has no reference to;
 * - geometry and visibility as inline `!important` declarations after `all: initial`, which no page
 *   stylesheet outranks (no custom properties a page could set);
 * - a watch that puts the style back and the host back in place if page script changes or removes
 *   it (bounded: a page that keeps fighting gets no card rather than a busy loop).
 * Any content renders inside (hover card, dictionary card): this module only hosts it.
 */
import { render, type ComponentChild } from 'preact';
import { OWN_UI_ATTRIBUTE } from '../../lib/dom/skip';

const XHTML = 'http://www.w3.org/1999/xhtml';
/** Restores per shown card before giving up on it. */
const MAX_RESTORES = 20;

export interface CardBox {
  top: number;
  left: number;
}

export interface CardHost {
  readonly host: HTMLElement;
  /** The scrolling box inside the shadow root (the card's own scroll). */
  readonly root: ShadowRoot;
  readonly isOpen: boolean;
  show(content: ComponentChild): HTMLElement;
  move(box: CardBox): void;
  close(): void;
  /** The card's box in the viewport, or undefined when closed. */
  rect(): DOMRect | undefined;
}

export function createCardHost(css: string, onLost: () => void): CardHost {
  const host = document.createElementNS(XHTML, 'div') as HTMLDivElement;
  const root = host.attachShadow({ mode: 'closed' });
  const style = document.createElementNS(XHTML, 'style') as HTMLStyleElement;
  style.textContent = css;
  const mount = document.createElementNS(XHTML, 'div') as HTMLDivElement;
  root.append(style, mount);
  let open = false;
  let box: CardBox = { top: 0, left: 0 };
  let restores = 0;

  const inline = () =>
    [
      'all: initial',
      'position: fixed',
      `top: ${box.top}px`,
      `left: ${box.left}px`,
      'z-index: 2147483647',
      'display: block',
      'visibility: visible',
      'opacity: 1',
      'pointer-events: auto',
      'margin: 0',
    ]
      .map((d) => `${d} !important;`)
      .join(' ');

  const apply = () => {
    for (const name of host.getAttributeNames()) if (name !== 'style' && name !== OWN_UI_ATTRIBUTE) host.removeAttribute(name);
    host.setAttribute(OWN_UI_ATTRIBUTE, '');
    host.setAttribute('style', inline());
  };

  const watch = new MutationObserver(() => {
    if (!open) return;
    const displaced = host.parentNode !== document.documentElement;
    const restyled = host.getAttribute('style') !== inline() || host.attributes.length !== 2;
    if (!displaced && !restyled) return;
    if (++restores > MAX_RESTORES) {
      close();
      onLost();
      return;
    }
    if (displaced) document.documentElement.append(host);
    apply();
    watch.takeRecords();
  });

  function close(): void {
    open = false;
    watch.disconnect();
    render(null, mount);
    host.remove();
  }

  return {
    host,
    root,
    get isOpen() {
      return open;
    },
    show(content) {
      render(content, mount);
      if (!open) {
        open = true;
        restores = 0;
        apply();
        document.documentElement.append(host);
        watch.observe(host, { attributes: true });
        watch.observe(document.documentElement, { childList: true });
      }
      return mount;
    },
    move(next) {
      box = { top: Math.round(next.top), left: Math.round(next.left) };
      apply();
      watch.takeRecords();
    },
    close,
    rect: () => (open ? (mount.firstElementChild ?? host).getBoundingClientRect() : undefined),
  };
}
