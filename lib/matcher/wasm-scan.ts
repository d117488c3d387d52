/**
 * The matcher's scan loop in WebAssembly (scan.wat) over the tables compile.ts built, for the
 * page walk's runs. A content script scans a page once, most of it before the JavaScript engine
 * has optimised its loop; WebAssembly is machine code from its first call. A batch of runs is
 * joined and written into memory with one `encodeInto` (UTF-8) and scanned in one call. Where a
 * policy or engine refuses WebAssembly, there is no WebAssembly scan and the caller keeps its
 * JavaScript one.
 */
import { SCAN_WASM } from './scan-wasm';

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

/**
 * The glossary rules for a node the trie reached at text[start, end), asked back of JavaScript:
 * its term index, or -1. `text` is the batch as joined (runs separated by `RUN_SEPARATOR`).
 */
export type AskRules = (text: string, node: number, start: number, end: number) => number;

/** Writes one text's triples into `out` from `at`; returns the new end of `out`. */
export type FindOne = (text: string, out: number[], at: number) => number;

export interface WasmScan {
  /** Same contract as Matcher.findEach; texts too long for a batch go to `alone`. */
  findEach(texts: readonly string[], out: number[], ends: number[], alone: FindOne): number;
}

/**
 * Between joined runs: a character no form holds and the rules read as a boundary (not Latin),
 * so that no match crosses it and each run is matched exactly as on its own.
 */
export const RUN_SEPARATOR = '\u0000';

/**
 * The most UTF-16 units scanned in one call (runs joined up to it). A call from JavaScript into
 * WebAssembly and an `encodeInto` each cost about as much as scanning a hundred characters, and
 * most runs are shorter than that.
 */
const BATCH_UNITS = 16384;
const PAGE = 65536;

const fromBase64 = (b64: string) => Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));

let module: WebAssembly.Module | null | undefined;
/** The compiled module, or null where WebAssembly is unavailable or forbidden (compiled once per frame). */
function scanModule(): WebAssembly.Module | null {
  if (module === undefined) {
    try {
      module = typeof WebAssembly === 'object' && typeof TextEncoder === 'function' ? new WebAssembly.Module(fromBase64(SCAN_WASM)) : null;
    } catch {
      // A content security policy without 'wasm-unsafe-eval', or an engine that refuses the module.
      module = null;
    }
  }
  return module;
}

/** A scan over `tables`, or undefined where WebAssembly cannot run. */
export function createWasmScan(tables: ScanTables, rules: AskRules): WasmScan | undefined {
  const compiled = scanModule();
  if (!compiled) return undefined;
  try {
    // The tables one after another, each 4-byte aligned, then the text and output areas.
    const parts = [tables.rootChild, tables.key, tables.pairBits, tables.passAlone, tables.acceptAs, tables.childStart, tables.childChar, tables.childNode];
    const offsets: number[] = [];
    let size = 0;
    for (const part of parts) {
      offsets.push(size);
      size += (part.byteLength + 3) & ~3;
    }
    const textOffset = size;
    size += BATCH_UNITS * 3; // UTF-8 takes at most three bytes per UTF-16 unit
    size = (size + 3) & ~3;
    const outOffset = size;
    size += BATCH_UNITS * 12; // at most one match per unit
    const memory = new WebAssembly.Memory({ initial: Math.ceil(size / PAGE) });
    const bytes = new Uint8Array(memory.buffer);
    parts.forEach((part, i) => bytes.set(new Uint8Array(part.buffer, part.byteOffset, part.byteLength), offsets[i]));

    let joined = '';
    const instance = new WebAssembly.Instance(compiled, {
      env: { memory, ask: (node: number, start: number, end: number) => rules(joined, node, start, end) },
    });
    const exports = instance.exports as unknown as { init(...args: number[]): void; scan(size: number): number };
    exports.init(...offsets, textOffset, outOffset, tables.pairShift);
    const textArea = new Uint8Array(memory.buffer, textOffset, BATCH_UNITS * 3);
    const found = new Int32Array(memory.buffer, outOffset, BATCH_UNITS * 3);
    const encoder = new TextEncoder();
    const starts: number[] = [];

    return {
      findEach(texts, out, ends, alone) {
        let written = 0;
        let k = 0;
        while (k < texts.length) {
          if (texts[k]!.length >= BATCH_UNITS) {
            ends[k] = written = alone(texts[k]!, out, written);
            k++;
            continue;
          }
          const first = k;
          let total = 0;
          for (; k < texts.length && total + texts[k]!.length <= BATCH_UNITS; k++) {
            starts[k - first] = total;
            total += texts[k]!.length + 1;
          }
          joined = k - first === 1 ? texts[first]! : texts.slice(first, k).join(RUN_SEPARATOR);
          const n = exports.scan(encoder.encodeInto(joined, textArea).written);
          // Triples come in text order: hand each run those inside it, at its own offsets.
          let m = 0;
          for (let r = first; r < k; r++) {
            const start = starts[r - first]!;
            const end = start + texts[r]!.length;
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
    return undefined;
  }
}
