import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Glossary } from '../lib/glossary/types';
import { buildLayout, compileMatcher } from '../lib/matcher/compile';
import { entriesOfTerms } from '../lib/matcher/entries';
import { ASK_RULES, layoutForMessage, NO_OUTPUT, parseLayout, ruleOutputsOf, type LayoutMessage, type RuleOutput } from '../lib/matcher/layout';
import { decodeShape, encodeShape } from '../lib/matcher/layout-shape';
import { matcherOf } from '../lib/matcher/matcher';
import { parsePageMatcher, parseRequest } from '../lib/messages';
import { allTermIds, joinTermIds } from '../lib/matcher/term-ids';
import { packBytes, packInts, unpackBytes, unpackInts, unpackUint16s } from '../lib/matcher/packed-ints';
import { encodeRuleRecords } from '../lib/matcher/rule-records';

const glossary = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'data', 'glossary.json'), 'utf8')) as Glossary;
const table = { ids: glossary.terms.map((term) => term.id) };
const realEntries = entriesOfTerms(glossary.terms);
const seedText = glossary.sources.map((source) => readFileSync(join(import.meta.dirname, '..', 'seeds', source.file), 'utf8'));
/** The background's reply for the real glossary, as Chrome carries it (JSON); `good()` is a fresh copy as a frame receives it. */
const sent = JSON.stringify({ ids: joinTermIds(table.ids), layout: layoutForMessage(buildLayout(realEntries)) });
const good = () => JSON.parse(sent) as { ids: string; layout: LayoutMessage };
/** The real glossary's rule lists as built, in node order. */
const builtRules = buildLayout(realEntries).rules as [number, RuleOutput[]][];
type Message = ReturnType<typeof good>;
type IntField = 'rootPairs' | 'pairBits';
type NumberField = IntField | 'childChar' | 'shape';

/** A reply's shape as [children, accept value] per node, and back (layout-shape.ts). */
const shapeNumbers = (m: Message) => {
  const { childStart, acceptAs } = decodeShape(unpackBytes(m.layout.shape)!, m.layout.nodeCount, table.ids.length)!;
  return Array.from(acceptAs).flatMap((accepts, node) => [childStart[node + 1]! - childStart[node]!, accepts]);
};
const packShape = (values: number[]) => {
  const n = values.length / 2;
  const childStart = new Int32Array(n + 1);
  for (let node = 0; node < n; node++) childStart[node + 1] = childStart[node]! + values[node * 2]!;
  return packBytes(encodeShape(childStart, new Int32Array(values.filter((_, i) => i % 2 === 1))));
};
/** One of a reply's packed arrays read as numbers. */
const numbers = (m: Message, field: NumberField): number[] =>
  field === 'shape' ? shapeNumbers(m) : field === 'childChar' ? Array.from(unpackUint16s(m.layout.childChar)!) : Array.from(unpackInts(m.layout[field])!);
/** A packed array of a reply read as numbers, changed by `change`, and packed again. */
const edit = (m: Message, field: NumberField, change: (numbers: number[]) => number[]) => {
  const changed = change(numbers(m, field));
  m.layout[field] = field === 'shape' ? packShape(changed) : packBytes(field === 'childChar' ? new Uint16Array(changed) : new Int32Array(changed));
};
/** Sets the accept value of `node` in a reply's shape. */
const setAccept = (m: Message, node: number, accepts: number) => edit(m, 'shape', (xs) => ((xs[node * 2 + 1] = accepts), xs));
const acceptAs = (m: Message) => numbers(m, 'shape').filter((_, i) => i % 2 === 1);

describe('the matcher the background sends', () => {
  it('finds exactly what a matcher compiled in place finds: the real glossary over the five seeds', () => {
    const fromMessage = matcherOf(parsePageMatcher(good())!.layout);
    const inPlace = compileMatcher(realEntries);
    let total = 0;
    for (const text of seedText) {
      const expected = inPlace.matchAll(text);
      expect(fromMessage.matchAll(text)).toEqual(expected);
      total += expected.length;
    }
    expect(total).toBeGreaterThan(500);
    expect(fromMessage.nodeCount).toBe(inPlace.nodeCount);
  });

  it('arrives as the background built it: every array, rule and cue', () => {
    const built = buildLayout(realEntries);
    const { rules, ...arrived } = parseLayout(JSON.parse(JSON.stringify(layoutForMessage(built))), table.ids.length)!;
    const { rules: builtRules, ...builtArrays } = built;
    expect(arrived).toEqual(builtArrays);
    // Rules arrive as records, each read when a scan reaches its node; every one reads back as built and passes the check.
    const listed = builtRules as [number, RuleOutput[]][];
    expect(Array.isArray(rules)).toBe(false);
    const outputsAt = ruleOutputsOf(rules);
    expect(listed.map(([node]) => [node, outputsAt(node)])).toEqual(listed);
    expect(listed.length).toBeGreaterThan(4000);
    expect(listed.reduce((n, [, outputs]) => n + outputs.reduce((c, o) => c + (o.exclusions?.length ?? 0) + (o.keeps?.length ?? 0), 0), 0)).toBeGreaterThan(50_000);
  });

  it('numbers nodes breadth-first: slot s holds node s + 1, each node\'s children after it and in character order', () => {
    const { nodeCount, childStart, childChar } = buildLayout(realEntries);
    expect(childStart[0]).toBe(0);
    expect(childStart[nodeCount]).toBe(nodeCount - 1);
    const misplaced: number[] = [];
    for (let node = 0; node < nodeCount; node++) {
      if (node > 0 && childStart[node]! < node) misplaced.push(node);
      for (let slot = childStart[node]! + 1; slot < childStart[node + 1]!; slot++) if (childChar[slot - 1]! >= childChar[slot]!) misplaced.push(node);
    }
    expect(misplaced).toEqual([]);
  });
});

describe('checking a page matcher on arrival', () => {
  it('accepts what the background sends', () => {
    expect(allTermIds(parsePageMatcher(good())!.ids)).toEqual(table.ids);
  });

  it('refuses a reply of the wrong shape, or one that could give a term index past the ids', () => {
    const broken: [string, (m: Message) => void][] = [
      ['no ids', (m) => delete (m as Partial<Message>).ids],
      ['the ids as an array (an earlier version\'s reply)', (m) => (m.ids = table.ids as unknown as string)],
      ['an empty id', (m) => (m.ids = m.ids.replace('\n', '\n\n'))],
      ['no layout', (m) => delete (m as Partial<Message>).layout],
      ['an array that is not packed', (m) => (m.layout.childChar = { length: m.layout.nodeCount - 1 } as unknown as string)],
      ['an array of numbers', (m) => (m.layout.childChar = numbers(m, 'childChar') as unknown as string)],
      ['a typed array (a message never carries one)', (m) => (m.layout.childChar = unpackUint16s(m.layout.childChar) as unknown as string)],
      ['the older message (child numbers, no shape)', (m) => {
        const old = m.layout as unknown as Record<string, unknown>;
        old.childNode = old.childStart = old.acceptAs = m.layout.shape;
        delete old.shape;
      }],
      ['a packed array that is not base64', (m) => (m.layout.shape = '*' + m.layout.shape.slice(1))],
      ['characters cut by a byte', (m) => (m.layout.childChar = btoa(atob(m.layout.childChar).slice(1)))],
      ['characters one short', (m) => edit(m, 'childChar', (xs) => xs.slice(1))],
      ['a node count that disagrees with the arrays', (m) => (m.layout.nodeCount += 1)],
      ['pairs cut in half', (m) => edit(m, 'rootPairs', (xs) => xs.slice(1))],
      ['a filter a word short', (m) => edit(m, 'pairBits', (xs) => xs.slice(1))],
      ['a shape a node short', (m) => edit(m, 'shape', (xs) => xs.slice(2))],
      ['a shape with a byte left over', (m) => (m.layout.shape = packBytes(new Uint8Array([...unpackBytes(m.layout.shape)!, 0])))],
      ['a shape a byte short', (m) => (m.layout.shape = packBytes(unpackBytes(m.layout.shape)!.subarray(0, -1)))],
      ['a varint longer than four bytes (the root\'s, its value padded)', (m) => {
        const bytes = unpackBytes(m.layout.shape)!;
        expect(bytes[0]).toBe((NO_OUTPUT - ASK_RULES) * 4 + 3); // no term, three children or more
        m.layout.shape = packBytes(new Uint8Array([bytes[0]! | 0x80, 0x80, 0x80, 0x80, 0x00, ...bytes.subarray(1)]));
      }],
      ['more children than nodes', (m) => edit(m, 'shape', (xs) => ((xs[0]! += 1), xs))],
      ['fewer children than nodes', (m) => edit(m, 'shape', (xs) => ((xs[0]! -= 1), xs))],
      ['a node whose children are numbered before it (a cycle)', (m) => edit(m, 'shape', (xs) => ((xs[2]! += xs[0]!), (xs[0] = 0), xs))],
      ['a term index past the ids', (m) => setAccept(m, 1, table.ids.length)],
      ['a rule node without its record', (m) => (m.layout.rules = encodeRuleRecords(builtRules.slice(1)))],
      ['a record more than the nodes that ask', (m) => (m.layout.rules += encodeRuleRecords(builtRules.slice(0, 1)))],
      ['rules cut by a character', (m) => (m.layout.rules = m.layout.rules.slice(0, -1))],
      ['a node that asks for rules where none do', (m) => setAccept(m, acceptAs(m).indexOf(NO_OUTPUT, 1), ASK_RULES)],
      ['rules that are not text', (m) => (m.layout.rules = [[1, '[]']] as unknown as string)],
      ['no rules', (m) => delete (m.layout as Partial<LayoutMessage>).rules],
      ['a filter size out of range', (m) => (m.layout.pairBitsLog2 = 40)],
    ];
    expect(acceptAs(good()).indexOf(ASK_RULES)).toBeGreaterThan(0);
    // Each breakage leaves the rest of the reply as it was: the same edit that keeps the numbers is accepted.
    const kept = good();
    for (const field of ['shape', 'childChar', 'rootPairs', 'pairBits'] as const) edit(kept, field, (xs) => xs);
    expect(allTermIds(parsePageMatcher(kept)!.ids)).toEqual(table.ids);
    for (const [what, breakIt] of broken) {
      const m = good();
      breakIt(m);
      expect(parsePageMatcher(m), what).toBeUndefined();
    }
  });

  it('reads a node\'s outputs only when the scan reaches it, and a node whose outputs fail the check marks nothing while the rest still mark', () => {
    const text = seedText[0]!;
    const whole = matcherOf(parsePageMatcher(good())!.layout).matchAll(text);
    const byNode = (m: ReturnType<typeof good>, change: (outputs: RuleOutput[]) => void) => {
      // The node of the first rule whose outputs the seed text reaches.
      const [node, original] = builtRules.find(([, list]) => whole.some((hit) => list.some((o) => o.termIndex === hit.termIndex)))!;
      const outputs = structuredClone(original);
      change(outputs);
      m.layout.rules = encodeRuleRecords(builtRules.map(([n, list]) => [n, n === node ? outputs : list]));
      return original.map((o) => o.termIndex);
    };
    // Ids one short: a node whose outputs name the missing term marks nothing; no match carries an index past the ids.
    const short = good();
    short.ids = short.ids.slice(0, short.ids.lastIndexOf('\n'));
    const parsedShort = parsePageMatcher(short);
    if (parsedShort) expect(matcherOf(parsedShort.layout).matchAll(text).filter((hit) => hit.termIndex >= table.ids.length - 1)).toEqual([]);
    for (const [what, change] of [
      ['a term index past the ids', (outputs) => (outputs[0]!.termIndex = table.ids.length)],
      ['an exclusion offset outside its context', (outputs) => (outputs[0]!.exclusions = [{ context: outputs[0]!.folded, at: outputs[0]!.folded.length }])],
    ] as const satisfies readonly (readonly [string, Parameters<typeof byNode>[1]])[]) {
      const m = good();
      const lost = byNode(m, change);
      const found = matcherOf(parsePageMatcher(m)!.layout).matchAll(text);
      expect(found.length, what).toBeGreaterThan(0);
      expect(found, what).toEqual(whole.filter((hit) => !lost.includes(hit.termIndex)));
    }
  });

  it('a reply with any one number changed is refused, or scans without throwing and within the text (fast-check)', () => {
    const fields = ['shape', 'childChar', 'rootPairs', 'pairBits'] as const;
    const text = seedText[0]!.slice(0, 3000);
    fc.assert(
      fc.property(fc.constantFrom(...fields), fc.nat(), fc.integer({ min: -3, max: 70_000 }), (field, at, value) => {
        const m = good();
        // Each array holds what its encoding can: no count below 0 nor accept value below ASK_RULES (the
        // shape's [children, accept value] pairs, an even length), characters in 16 bits.
        const fitted = field === 'shape' ? Math.max(at % 2 === 0 ? 0 : ASK_RULES, value) : field === 'childChar' ? value & 0xffff : value;
        edit(m, field, (xs) => ((xs[at % xs.length] = fitted), xs));
        const parsed = parsePageMatcher(m);
        if (!parsed) return;
        const outside = matcherOf(parsed.layout)
          .matchAll(text)
          .filter((hit) => !(hit.start >= 0 && hit.end > hit.start && hit.end <= text.length && hit.termIndex >= 0 && hit.termIndex < table.ids.length));
        expect(outside).toEqual([]);
      }),
      { seed: 42, numRuns: 400 },
    );
  }, 120_000);

  it('a reply with its packed text changed at random is refused, or scans without throwing and within the text (fast-check)', () => {
    const fields = ['shape', 'childChar', 'rootPairs', 'pairBits'] as const;
    const text = seedText[0]!.slice(0, 3000);
    const base64Char = fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=-_ *é\u0000'.split(''));
    fc.assert(
      fc.property(fc.constantFrom(...fields), fc.nat(), fc.nat({ max: 4 }), fc.string({ unit: base64Char, maxLength: 8 }), (field, at, cut, insert) => {
        const m = good();
        const packed = m.layout[field];
        const i = at % (packed.length + 1);
        m.layout[field] = packed.slice(0, i) + insert + packed.slice(i + cut);
        const parsed = parsePageMatcher(m);
        if (!parsed) return;
        const outside = matcherOf(parsed.layout)
          .matchAll(text)
          .filter((hit) => !(hit.start >= 0 && hit.end > hit.start && hit.end <= text.length && hit.termIndex >= 0 && hit.termIndex < table.ids.length));
        expect(outside).toEqual([]);
      }),
      { seed: 7, numRuns: 150 },
    );
  }, 120_000);

  it('is asked for by name; the old request is no longer served', () => {
    expect(parseRequest({ type: 'get-page-matcher' })).toEqual({ type: 'get-page-matcher' });
    expect(parseRequest({ type: 'get-match-table' })).toBeUndefined();
  });
});

describe('the shape varints', () => {
  it('give back any breadth-first shape and accept values, big counts and term indexes included (fast-check)', () => {
    // A tree in breadth-first order: node v's children come after every child of nodes before it.
    const shape = fc.array(fc.tuple(fc.oneof(fc.nat({ max: 3 }), fc.nat({ max: 70_000 })), fc.integer({ min: ASK_RULES, max: 5_000_000 })), { minLength: 1, maxLength: 60 });
    fc.assert(
      fc.property(shape, (nodes) => {
        // Counts cut to the nodes there are, and every node but the root given a parent before it:
        // where node v + 1 would have none, node v takes it as a child.
        const n = nodes.length;
        const childStart = new Int32Array(n + 1);
        for (let v = 0; v < n; v++) {
          const room = Math.max(0, n - 1 - childStart[v]!);
          childStart[v + 1] = childStart[v]! + Math.min(nodes[v]![0], room);
          if (v + 1 < n && childStart[v + 1]! < v + 1) childStart[v + 1] = Math.min(n - 1, v + 1);
        }
        const acceptAs = new Int32Array(nodes.map(([, accepts]) => accepts));
        const decoded = decodeShape(encodeShape(childStart, acceptAs), n, 5_000_001);
        expect(decoded && { childStart: Array.from(decoded.childStart), acceptAs: Array.from(decoded.acceptAs) }).toEqual({ childStart: Array.from(childStart), acceptAs: Array.from(acceptAs) });
        expect(Array.from(decoded!.asking)).toEqual(Array.from(acceptAs.keys()).filter((node) => acceptAs[node] === ASK_RULES));
      }),
      { seed: 5, numRuns: 300 },
    );
  }, 60_000);
});

describe('packed number arrays', () => {
  it('give back exactly the numbers packed, of any size and sign (fast-check)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer(), { maxLength: 300 }), (xs) => {
        expect(Array.from(unpackInts(packInts(new Int32Array(xs)))!)).toEqual(xs);
      }),
      { seed: 11, numRuns: 200 },
    );
  });

  it('refuse what is not a packed array, without throwing', () => {
    for (const value of [undefined, null, 7, [1, 2], {}, 'AAA', 'AAA=', '!!!!', 'AAAAAAAA\u4e00AAA', 'AA=A']) {
      expect(unpackInts(value), String(value)).toBeUndefined();
    }
    expect(Array.from(unpackInts('')!)).toEqual([]);
    expect(Array.from(unpackInts(packInts(new Int32Array([-1, 0, 2 ** 31 - 1])))!)).toEqual([-1, 0, 2 ** 31 - 1]);
  });

  it('carry 16-bit characters, refusing an odd number of bytes', () => {
    expect(Array.from(unpackUint16s(packBytes(new Uint16Array([0, 0x4e00, 0xffff])))!)).toEqual([0, 0x4e00, 0xffff]);
    expect(unpackUint16s(packBytes(new Uint8Array([1, 2, 3])))).toBeUndefined();
  });
});
