/**
 * Runs the matcher's scan loop in WebAssembly (scan.wat) over the tables compile.ts built. A
 * content script's scan runs once per page, mostly in the JavaScript engine's unoptimised tiers;
 * WebAssembly is machine code from its first call. The page's text is read through the JS String
 * Builtins, so nothing is copied. Where the engine lacks them, or a policy forbids WebAssembly,
 * there is no WebAssembly scan and the caller keeps its JavaScript one.
 */
import { BUILTINS_PROBE_WASM, SCAN_WASM } from './scan-wasm';

export interface ScanTables {
  rootChild: Int32Array;
  key: Uint16Array;
  pairBits: Int32Array;
  passAlone: Uint8Array;
  acceptAs: Int32Array;
  childStart: Int32Array;
  childChar: Uint16Array;
  childNode: Int32Array;
  pairShift: number;
}

/** The glossary rules for a node the trie reached at text[start, end) (scanned in [from, to)), asked back of JavaScript: its term index, or -1. */
export type AskRules = (text: string, from: number, to: number, node: number, start: number, end: number) => number;

/** Same contracts as Matcher.find and Matcher.findEach. */
export interface WasmScan {
  find(text: string, out: number[], from: number, to: number): number;
  findEach(texts: readonly string[], out: number[], ends: number[]): number;
}

/**
 * Matches written per call into WebAssembly (a longer text is scanned in several calls), and the
 * most characters of runs joined for one call: a call from JavaScript into WebAssembly costs as
 * much as scanning a hundred characters, and most runs are shorter than that.
 */
const OUT_TRIPLES = 16384;
const BATCH_CHARS = OUT_TRIPLES - 1;
const PAGE = 65536;

const fromBase64 = (b64: string) => Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));

/** The compile option that asks the engine for the builtins (TypeScript's lib does not know it yet). */
const WITH_BUILTINS = { builtins: ['js-string'] };
const validate = (bytes: Uint8Array<ArrayBuffer>) => (WebAssembly.validate as (bytes: BufferSource, options: object) => boolean)(bytes, WITH_BUILTINS);
const compile = (bytes: Uint8Array<ArrayBuffer>) =>
  new (WebAssembly.Module as unknown as new (bytes: BufferSource, options: object) => WebAssembly.Module)(bytes, WITH_BUILTINS);

let builtinsKnown: boolean | undefined;
/** Does this engine give WebAssembly the JS String Builtins? (Where it does, the probe's clashing import fails.) */
export function hasStringBuiltins(): boolean {
  if (builtinsKnown === undefined) {
    try {
      builtinsKnown = typeof WebAssembly === 'object' && !validate(fromBase64(BUILTINS_PROBE_WASM));
    } catch {
      builtinsKnown = false;
    }
  }
  return builtinsKnown;
}

/**
 * A scan over `tables`, or undefined where WebAssembly cannot run it fast (no builtins, unless
 * `evenWithoutBuiltins`: tests run the same code with a JavaScript stand-in) or at all.
 */
export function createWasmScan(tables: ScanTables, rules: AskRules, evenWithoutBuiltins = false): WasmScan | undefined {
  if (typeof WebAssembly !== 'object' || (!evenWithoutBuiltins && !hasStringBuiltins())) return undefined;
  try {
    // Lay the tables out one after another, each 4-byte aligned, then the output and range areas.
    const parts = [tables.rootChild, tables.key, tables.pairBits, tables.passAlone, tables.acceptAs, tables.childStart, tables.childChar, tables.childNode];
    const offsets: number[] = [];
    let size = 0;
    for (const part of parts) {
      offsets.push(size);
      size += (part.byteLength + 3) & ~3;
    }
    const outOffset = size;
    size += OUT_TRIPLES * 12;
    const rangesOffset = size;
    size += BATCH_CHARS * 8;
    const memory = new WebAssembly.Memory({ initial: Math.ceil(size / PAGE) });
    const bytes = new Uint8Array(memory.buffer);
    parts.forEach((part, i) => bytes.set(new Uint8Array(part.buffer, part.byteOffset, part.byteLength), offsets[i]));

    // The text of the call in progress, for the rules asked back.
    let text = '';
    const instance = new WebAssembly.Instance(compile(fromBase64(SCAN_WASM)), {
      // Used only where the engine has no builtins (tests); the builtins take their place otherwise.
      'wasm:js-string': { charCodeAt: (s: string, i: number) => s.charCodeAt(i) },
      env: { memory, ask: (node: number, start: number, end: number, from: number, to: number) => rules(text, from, to, node, start, end) },
    });
    const exports = instance.exports as unknown as {
      init(...args: number[]): void;
      find(text: string, from: number, to: number): number;
      findRanges(text: string, count: number): number;
      resume(): number;
    };
    exports.init(...offsets, outOffset, OUT_TRIPLES, rangesOffset, tables.pairShift);
    const found = new Int32Array(memory.buffer, outOffset, OUT_TRIPLES * 3);
    const ranges = new Int32Array(memory.buffer, rangesOffset, BATCH_CHARS * 2);

    /** Writes text[from, to)'s triples into `out` from `at`; returns the new end of `out`. */
    function findOne(one: string, out: number[], from: number, to: number, at: number): number {
      text = one;
      for (let resumeAt = from; ; ) {
        const n = exports.find(one, resumeAt, to);
        for (let k = 0; k < n * 3; k++) out[at++] = found[k]!;
        if (n < OUT_TRIPLES) return at;
        resumeAt = exports.resume();
      }
    }

    return {
      find: (one, out, from, to) => findOne(one, out, from, to, 0),
      findEach(texts, out, ends) {
        let written = 0;
        let k = 0;
        while (k < texts.length) {
          if (texts[k]!.length >= BATCH_CHARS) {
            written = findOne(texts[k]!, out, 0, texts[k]!.length, written);
            ends[k++] = written;
            continue;
          }
          // Runs joined up to BATCH_CHARS, each scanned within its own range.
          const first = k;
          let total = 0;
          for (; k < texts.length && total + texts[k]!.length <= BATCH_CHARS; k++) {
            ranges[(k - first) * 2] = total;
            total += texts[k]!.length;
            ranges[(k - first) * 2 + 1] = total;
          }
          text = texts.slice(first, k).join('');
          const n = exports.findRanges(text, k - first);
          // Triples come in text order: hand each run those inside its range, at its own offsets.
          let m = 0;
          for (let r = first; r < k; r++) {
            const start = ranges[(r - first) * 2]!;
            const end = ranges[(r - first) * 2 + 1]!;
            for (; m < n && found[m * 3]! < end; m++) {
              out[written++] = found[m * 3]! - start;
              out[written++] = found[m * 3 + 1]! - start;
              out[written++] = found[m * 3 + 2]!;
            }
            ends[r] = written;
          }
        }
        return written;
      },
    };
  } catch {
    // A content security policy without 'wasm-unsafe-eval', or an engine that refuses the module.
    return undefined;
  }
}
