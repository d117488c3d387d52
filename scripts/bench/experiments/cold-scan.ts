/**
 * The check behind "the scan is cold code" in docs/performance.md: the matcher over the seeds'
 * paragraphs repeated to the 1 MB bench page's 365,000 characters, eight rounds in one Node
 * process. The first round runs before V8 has optimised `find`; the later ones after.
 * `npx tsx scripts/bench/experiments/cold-scan.ts`. Not part of CI.
 */
import { compileMatcher } from '../../../lib/matcher/compile';
import { entriesOfTerms } from '../../../lib/matcher/entries';
import { seedParagraphs } from '../pages';
import { readTerms, readSeeds } from '../setup';

const CHARS = 365_156;
const matcher = compileMatcher(entriesOfTerms(readTerms()));
const paragraphs = seedParagraphs(readSeeds());
const runs: string[] = [];
for (let total = 0, i = 0; total < CHARS; i++) {
  const text = paragraphs[i % paragraphs.length]!;
  runs.push(text);
  total += text.length;
}
const found: number[] = [];
const rounds: string[] = [];
let matches = 0;
for (let round = 0; round < 8; round++) {
  const t0 = performance.now();
  matches = 0;
  for (const run of runs) matches += matcher.find(run, found) / 3;
  rounds.push((performance.now() - t0).toFixed(1));
}
console.log(`${runs.length} runs, ${matches} matches; ms per round: ${rounds.join(', ')}`);
