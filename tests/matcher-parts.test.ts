import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Glossary } from '../lib/glossary/types';
import { compileMatcher } from '../lib/matcher/compile';
import { entriesOfTerms } from '../lib/matcher/entries';

const glossary = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'data', 'glossary.json'), 'utf8')) as Glossary;
const matcher = compileMatcher(entriesOfTerms(glossary.terms));
const seeds = glossary.sources.map((source) => readFileSync(join(import.meta.dirname, '..', 'seeds', source.file), 'utf8'));

/** Scans `text` a part at a time, as the annotator does a long run: matches starting in each part, the rules seeing the whole text. */
function inParts(text: string, cuts: number[]): number[] {
  const out: number[] = [];
  const found: number[] = [];
  let at = 0;
  for (const until of [...cuts, text.length]) {
    if (until <= at) continue;
    const n = matcher.find(text, found, 0, text.length, at, until);
    out.push(...found.slice(0, n));
    at = n > 0 ? Math.max(until, found[n - 2]!) : until;
  }
  return out;
}

describe('a long run scanned a part at a time', () => {
  it('gives exactly the whole scan\'s matches wherever the parts are cut: the real glossary over the seeds, its Latin, case and sense rules included (fast-check)', () => {
    const text = seeds.join('\n');
    const whole: number[] = [];
    whole.length = matcher.find(text, whole);
    expect(whole.length / 3).toBeGreaterThan(500);
    fc.assert(
      fc.property(fc.array(fc.nat({ max: text.length }), { minLength: 1, maxLength: 40 }), (cuts) => {
        expect(inParts(text, cuts.sort((a, b) => a - b))).toEqual(whole);
      }),
      { seed: 18, numRuns: 60 },
    );
    // Cut at every match's every inner position: the worst places for a cut.
    const everyInner: number[] = [];
    for (let i = 0; i < whole.length; i += 3) for (let k = whole[i]! + 1; k < whole[i + 1]!; k++) everyInner.push(k);
    expect(inParts(text, everyInner)).toEqual(whole);
  }, 120_000);
});
