/**
 * Card text as CSS generated content: every string child of an element the card renders becomes
 * `<span data-t="…">` painted by `[data-t]::before { content: attr(data-t) }`. A closed shadow root
 * hides nodes from page scripts, but not from `window.find()`, which searches rendered text nodes
 * across shadow boundaries (measured in Chromium 156: a closed root's text is found, generated
 * content is not) — so a page could otherwise tell which definition is open. Generated content is
 * still read by screen readers; it cannot be selected, which the card's Copy button makes up for.
 * Installed on the content script's own Preact (each bundle has its own): pages of the extension
 * keep ordinary text.
 */
import { createElement, options, type VNode } from 'preact';

export const UNFINDABLE_TEXT_CSS = '[data-t]::before { content: attr(data-t); }';

type Child = unknown;

function wrap(child: Child): Child {
  if (typeof child === 'string' || typeof child === 'number') {
    const text = String(child);
    if (text === '') return child;
    // One span around a string's units: a flex label (the status radios) sees one item, not one per word.
    return createElement('span', null, ...textUnits(text).map((unit) => createElement('span', { 'data-t': unit })));
  }
  if (Array.isArray(child)) return child.map(wrap);
  return child;
}

const UNIT = /[\p{Script=Latin}\p{N}'’_-]+|\s+|[\s\S]/gu;

/** The units a string is painted (and selected) in: 大模型 → 大|模|型, "GPU 3 hours" → GPU| |3| |hours. */
export function textUnits(text: string): string[] {
  return text.match(UNIT) ?? [];
}

let installed = false;

export function installUnfindableText(): void {
  if (installed) return;
  installed = true;
  const previous = options.vnode;
  options.vnode = (vnode: VNode) => {
    // Element vnodes only: a component's children are its own business until they reach an element.
    if (typeof vnode.type === 'string' && vnode.type !== 'style') {
      const props = vnode.props as { children?: Child };
      if (props.children !== undefined) props.children = wrap(props.children);
    }
    previous?.(vnode);
  };
}
