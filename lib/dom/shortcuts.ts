/**
 * TermLens's keyboard shortcuts on a page. Alt plus a letter by physical key (`code`, so they work
 * on any layout, and on macOS where Option turns J into ∆). Never while the reader types in a field,
 * an editor or an IME composition: a shortcut must not eat a keystroke meant for the page.
 */
export type Shortcut = 'next' | 'previous' | 'lookup';

export const SHORTCUT_KEYS: Readonly<Record<Shortcut, string>> = { next: 'KeyJ', previous: 'KeyK', lookup: 'KeyL' };

const BY_CODE = new Map(Object.entries(SHORTCUT_KEYS).map(([name, code]) => [code, name as Shortcut]));

/** Text-entry input types; a checkbox or button with focus does not swallow Alt+J. */
const TYPING_INPUTS = new Set(['text', 'search', 'email', 'url', 'tel', 'password', 'number', 'date', 'datetime-local', 'month', 'time', 'week', '']);

export function isTypingTarget(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).tagName !== 'string') return false;
  const el = target as HTMLElement;
  if (el.isContentEditable) return true;
  switch (el.tagName) {
    case 'TEXTAREA':
    case 'SELECT':
      return true;
    case 'INPUT':
      return TYPING_INPUTS.has(((el as HTMLInputElement).getAttribute('type') ?? '').toLowerCase());
    default:
      return false;
  }
}

/** The shortcut a keydown means, if any. `activeElement` covers focus inside a shadow root or frame. */
export function shortcutOf(e: KeyboardEvent, activeElement: Element | null): Shortcut | undefined {
  if (!e.altKey || e.ctrlKey || e.metaKey || e.shiftKey || e.repeat) return undefined;
  // 229: the keyCode browsers report while an IME is composing (isComposing is false on some keys).
  if (e.isComposing || e.keyCode === 229) return undefined;
  const shortcut = BY_CODE.get(e.code);
  if (!shortcut) return undefined;
  const origin = typeof e.composedPath === 'function' ? e.composedPath()[0] ?? e.target : e.target;
  if (isTypingTarget(origin) || isTypingTarget(deepActive(activeElement))) return undefined;
  return shortcut;
}

function deepActive(el: Element | null): Element | null {
  let current = el;
  while (current?.shadowRoot?.activeElement) current = current.shadowRoot.activeElement;
  return current;
}
