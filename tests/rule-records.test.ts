import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RuleOutput } from '../lib/matcher/layout';
import { encodeRuleRecords, ruleRecords } from '../lib/matcher/rule-records';

const context = fc.string({ unit: fc.constantFrom(...'智能体系统数字人民币快手上市AIgpt-4. "\\\u0000\ud800é'.split('')), minLength: 1, maxLength: 12 });
const contexts = (folded: string) =>
  fc.option(
    fc.array(
      fc.oneof(
        // As compile.ts writes them: the form's key inside a longer string.
        fc.tuple(context, context).map(([before, after]) => ({ context: before + folded.toLowerCase() + after, at: before.length })),
        // Anything else a list may hold: written whole.
        fc.tuple(context, fc.nat({ max: 20 })).map(([c, at]) => ({ context: c, at })),
      ),
      { minLength: 1, maxLength: 6 },
    ),
    { nil: undefined },
  );
const output: fc.Arbitrary<RuleOutput> = context.chain((folded) =>
  fc.record(
    {
      folded: fc.constant(folded),
      termIndex: fc.oneof(fc.nat({ max: 20 }), fc.nat({ max: 5_000_000 })),
      caseSensitive: fc.boolean(),
      startMask: fc.nat({ max: 31 }),
      endMask: fc.nat({ max: 31 }),
      exclusions: contexts(folded),
      keeps: contexts(folded),
      sense: fc.option(fc.constant(true as const), { nil: undefined }),
      near: fc.option(fc.nat({ max: 70_000 }), { nil: undefined }),
      compounds: fc.option(fc.nat({ max: 9 }), { nil: undefined }),
      versions: fc.option(fc.constant(true as const), { nil: undefined }),
    },
    { requiredKeys: ['folded', 'termIndex', 'caseSensitive', 'startMask', 'endMask'] },
  ),
);
/** Outputs as a reader gives them back: fields that are undefined are absent. */
const plain = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

describe('rule records', () => {
  it('give back every node\'s outputs exactly, whatever their contexts hold (fast-check)', () => {
    fc.assert(
      fc.property(fc.array(fc.array(output, { minLength: 1, maxLength: 4 }), { maxLength: 8 }), (lists) => {
        const text = encodeRuleRecords(lists.map((list, node) => [node, list]));
        // Chrome carries the message as JSON: the string survives it unchanged.
        const records = ruleRecords(JSON.parse(JSON.stringify(text)), lists.length)!;
        expect(records).toBeDefined();
        expect(lists.map((_, k) => plain(records.outputsAt(k)))).toEqual(plain(lists));
      }),
      { seed: 3, numRuns: 300 },
    );
  }, 60_000);

  it('carry a field they do not know as JSON text, so that a new output field is never lost', () => {
    const out = { folded: '推理', termIndex: 4, caseSensitive: false, startMask: 0, endMask: 0, sense: true, evidence: { words: ['芯片'], weight: 2 } } as RuleOutput;
    const records = ruleRecords(encodeRuleRecords([[9, [out]]]), 1)!;
    expect(records.outputsAt(0)).toEqual([out]);
  });

  it('write numbers and lengths in characters JSON leaves as they are', () => {
    const out: RuleOutput = { folded: 'gpt', termIndex: 123_456, caseSensitive: true, startMask: 15, endMask: 15, exclusions: [{ context: 'chatgpt', at: 4 }] };
    const text = encodeRuleRecords([[1, [out]]]);
    expect(JSON.stringify(text)).toBe(`"${text}"`);
    // chatgpt around gpt: "chat" and "" are written, the form is not.
    expect(text.includes('chat')).toBe(true);
    expect(text.includes('chatgpt')).toBe(false);
  });

  it('refuse a count that disagrees, text cut short or left over, and anything not text', () => {
    const text = encodeRuleRecords([[1, [{ folded: 'ai', termIndex: 0, caseSensitive: false, startMask: 15, endMask: 15 }]], [2, [{ folded: 'AI', termIndex: 1, caseSensitive: true, startMask: 15, endMask: 15 }]]]);
    expect(ruleRecords(text, 2)).toBeDefined();
    for (const [what, value, count] of [
      ['one record too few', text, 3],
      ['one record too many', text, 1],
      ['cut short', text.slice(0, -1), 2],
      ['a character left over', text + '\u0100', 2],
      ['an array', [text], 2],
      ['a length digit that is no digit', 'x' + text.slice(1), 2],
    ] as const) {
      expect(ruleRecords(value, count), what).toBeUndefined();
    }
  });

  it('read any changed record as outputs or as undefined, never throwing (fast-check)', () => {
    const lists: RuleOutput[][] = [
      [{ folded: '数字人', termIndex: 3, caseSensitive: false, startMask: 0, endMask: 0, exclusions: [{ context: '数字人民币', at: 0 }], keeps: [{ context: '数字人生成', at: 0 }] }],
      [{ folded: 'moe', termIndex: 1, caseSensitive: true, startMask: 15, endMask: 15, sense: true, near: 0 }],
    ];
    const text = encodeRuleRecords(lists.map((list, node) => [node, list]));
    fc.assert(
      fc.property(fc.nat(), fc.nat({ max: 3 }), fc.string({ unit: fc.constantFrom('\u0100', '\u0101', '\u4100', '\u4e00', 'a', '"', '\u0000', '{', '}'), maxLength: 4 }), (at, cut, insert) => {
        const i = at % (text.length + 1);
        const changed = text.slice(0, i) + insert + text.slice(i + cut);
        const records = ruleRecords(changed, lists.length);
        if (!records) return;
        for (let k = 0; k < lists.length; k++) {
          const outputs = records.outputsAt(k);
          expect(outputs === undefined || Array.isArray(outputs)).toBe(true);
        }
        expect(records.outputsAt(lists.length)).toBeUndefined();
      }),
      { seed: 13, numRuns: 500 },
    );
  });
});
