import { beforeEach, describe, expect, it } from 'vitest';
import { isTypingTarget, shortcutOf } from '../lib/dom/shortcuts';

function keydown(target: Element, init: KeyboardEventInit & { keyCode?: number }): KeyboardEvent {
  let seen: KeyboardEvent | undefined;
  document.addEventListener('keydown', (e) => (seen = e), { once: true });
  const event = new KeyboardEvent('keydown', { bubbles: true, composed: true, ...init });
  if (init.keyCode !== undefined) Object.defineProperty(event, 'keyCode', { value: init.keyCode });
  target.dispatchEvent(event);
  return seen!;
}

describe('keyboard shortcuts on a page', () => {
  let paragraph: HTMLElement;
  beforeEach(() => {
    document.body.replaceChildren();
    paragraph = document.body.appendChild(document.createElement('p'));
    paragraph.textContent = '全模态大模型';
  });

  it('maps Alt+J / Alt+K / Alt+L by physical key to next / previous / lookup', () => {
    expect(shortcutOf(keydown(paragraph, { code: 'KeyJ', key: 'j', altKey: true }), null)).toBe('next');
    expect(shortcutOf(keydown(paragraph, { code: 'KeyK', key: '˚', altKey: true }), null)).toBe('previous');
    expect(shortcutOf(keydown(paragraph, { code: 'KeyL', key: 'l', altKey: true }), null)).toBe('lookup');
  });

  it('ignores other modifiers, other keys and auto-repeat', () => {
    expect(shortcutOf(keydown(paragraph, { code: 'KeyJ', altKey: true, ctrlKey: true }), null)).toBeUndefined();
    expect(shortcutOf(keydown(paragraph, { code: 'KeyJ', altKey: true, shiftKey: true }), null)).toBeUndefined();
    expect(shortcutOf(keydown(paragraph, { code: 'KeyJ' }), null)).toBeUndefined();
    expect(shortcutOf(keydown(paragraph, { code: 'KeyM', altKey: true }), null)).toBeUndefined();
    expect(shortcutOf(keydown(paragraph, { code: 'KeyJ', altKey: true, repeat: true }), null)).toBeUndefined();
  });

  it('never fires while the reader types in a field or an editor, or composes with an IME', () => {
    const field = document.body.appendChild(document.createElement('input'));
    const area = document.body.appendChild(document.createElement('textarea'));
    const editor = document.body.appendChild(document.createElement('div'));
    editor.setAttribute('contenteditable', 'true');
    const inner = editor.appendChild(document.createElement('span'));
    for (const target of [field, area]) expect(shortcutOf(keydown(target, { code: 'KeyJ', altKey: true }), target)).toBeUndefined();
    expect(isTypingTarget(editor)).toBe(true);
    expect(shortcutOf(keydown(paragraph, { code: 'KeyJ', altKey: true, isComposing: true }), null)).toBeUndefined();
    expect(shortcutOf(keydown(paragraph, { code: 'KeyJ', altKey: true, keyCode: 229 }), null)).toBeUndefined();
    expect(isTypingTarget(inner)).toBe(inner.isContentEditable);
  });

  it('still fires with focus on a checkbox or a button', () => {
    const box = document.body.appendChild(document.createElement('input'));
    box.type = 'checkbox';
    const button = document.body.appendChild(document.createElement('button'));
    expect(shortcutOf(keydown(box, { code: 'KeyJ', altKey: true }), box)).toBe('next');
    expect(shortcutOf(keydown(button, { code: 'KeyK', altKey: true }), button)).toBe('previous');
  });
});
