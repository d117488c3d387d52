/**
 * The trie's alphabet: each UTF-16 unit folded and ASCII-lower-cased (Ａ → a too). Shared by the
 * build (the background) and the scan (every frame).
 */
import { foldedCodes, foldTable } from '../text/fold';

const UPPER_A = 0x41;
const UPPER_Z = 0x5a;
const TO_LOWER = 0x20;

let changed: readonly number[] | undefined;
let rawByKey: Map<number, number[]> | undefined;

/** For each key character that other characters fold to, every raw character with that key (a → a, A, ａ, Ａ). */
export function rawCodesByKey(): Map<number, number[]> {
  if (!rawByKey) {
    rawByKey = new Map();
    const keyOfCode = keyTable();
    for (const code of changedByKey()) {
      const key = keyOfCode[code]!;
      const list = rawByKey.get(key) ?? [key];
      list.push(code);
      rawByKey.set(key, list);
    }
  }
  return rawByKey;
}

/** The few hundred character codes whose key differs from themselves (A–Z, and every code folding changes). */
export function changedByKey(): readonly number[] {
  if (!changed) {
    const codes = [...foldedCodes()];
    for (let code = UPPER_A; code <= UPPER_Z; code++) codes.push(code);
    changed = codes.sort((a, b) => a - b);
  }
  return changed;
}

let keys: Uint16Array | undefined;

/**
 * The trie's alphabet: each UTF-16 unit folded and ASCII-lower-cased (Ａ → a too), as a table read
 * for every character the scan follows into the trie. Like the fold table it holds 0 for a code
 * that is its own key (read `key[code] || code`): only the codes that change are written.
 */
export function keyTable(): Uint16Array {
  if (!keys) {
    keys = new Uint16Array(0x10000);
    const fold = foldTable();
    for (const code of changedByKey()) {
      const k = fold[code] || code;
      keys[code] = k >= UPPER_A && k <= UPPER_Z ? k + TO_LOWER : k;
    }
  }
  return keys;
}

export function keyOf(form: string): string {
  const key = keyTable();
  let changedAt = -1;
  for (let i = 0; i < form.length && changedAt < 0; i++) if (key[form.charCodeAt(i)] !== 0) changedAt = i;
  if (changedAt < 0) return form;
  let out = form.slice(0, changedAt);
  for (let i = changedAt; i < form.length; i++) out += String.fromCharCode(key[form.charCodeAt(i)] || form.charCodeAt(i));
  return out;
}
