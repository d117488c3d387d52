/**
 * What a frame spends on the page matcher before it scans: JSON.parse of the message, parseLayout's
 * checks and matcherOf, for the bundled glossary (`npx tsx scripts/bench/matcher-start.ts`). Rules are
 * read per node during scans, so they do not count here; their bytes are printed beside the rest.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildLayout } from '../../lib/matcher/compile';
import { entriesOfTerms } from '../../lib/matcher/entries';
import { layoutForMessage, parseLayout } from '../../lib/matcher/layout';
import { matcherOf } from '../../lib/matcher/matcher';
import type { Glossary } from '../../lib/glossary/types';

const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const glossary = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'data', 'glossary.json'), 'utf8')) as Glossary;
const message = layoutForMessage(buildLayout(entriesOfTerms(glossary.terms)));
const text = JSON.stringify(message);
const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
console.log(`${glossary.terms.length} terms; message ${kb(text.length)}, of it rules ${kb(JSON.stringify(message.rules).length)}`);
const times: number[][] = [];
for (let i = 0; i < RUNS; i++) {
  const t0 = performance.now();
  const parsed = JSON.parse(text) as unknown;
  const t1 = performance.now();
  const layout = parseLayout(parsed, glossary.terms.length)!;
  const t2 = performance.now();
  matcherOf(layout);
  times.push([t1 - t0, t2 - t1, performance.now() - t2]);
}
const median = (k: number) => times.map((t) => t[k]!).sort((a, b) => a - b)[Math.floor(RUNS / 2)]!.toFixed(1);
const min = (k: number) => Math.min(...times.map((t) => t[k]!)).toFixed(1);
console.log(`ms (min / median of ${RUNS}): parse ${min(0)} / ${median(0)}, check ${min(1)} / ${median(1)}, matcher ${min(2)} / ${median(2)}`);
