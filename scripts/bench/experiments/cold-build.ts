/**
 * Behind the per-frame start figures in docs/performance.md: the matcher compiled in a fresh page, as every
 * frame's content script did before commit 749128d (module tables not built yet, code not yet
 * optimised), then a second time in the same page; and, in other fresh pages, what a frame does
 * since: the background's compiled layout parsed from JSON, checked and wrapped. Real glossary by
 * default; `TERMS=100000` for the bench's 100,000-term one. Min / median over RUNS (default 15)
 * pages each. `npx tsx scripts/bench/experiments/cold-build.ts`. Not part of CI.
 */
import { join } from 'node:path';
import { buildLayout } from '../../../lib/matcher/compile';
import { entriesOfTerms } from '../../../lib/matcher/entries';
import { layoutForMessage } from '../../../lib/matcher/layout';
import { joinTermIds } from '../../../lib/matcher/term-ids';
import { bigTerms, bundleForPage, launchChromium, readTerms, readSeeds } from '../setup';

const script = await bundleForPage(join(import.meta.dirname, '..', 'in-page.ts'));
const terms = Number(process.env.TERMS ?? 0);
const benchTerms = terms > 0 ? bigTerms(readSeeds(), readTerms(), terms) : readTerms();
const table = JSON.stringify(benchTerms);
const reply = JSON.stringify({ ids: joinTermIds(benchTerms.map((term) => term.id)), layout: layoutForMessage(buildLayout(entriesOfTerms(benchTerms))) });
const browser = await launchChromium();
const first: number[] = [];
const second: number[] = [];
const received: number[] = [];
const receivedAgain: number[] = [];
try {
  for (let run = 0; run < Number(process.env.RUNS ?? 15); run++) {
    const page = await browser.newPage();
    await page.evaluate(script);
    await page.evaluate(`globalThis.benchTable = ${table}`);
    first.push((await page.evaluate('TermLensBench.build(benchTable).ms')) as number);
    second.push((await page.evaluate('TermLensBench.build(benchTable).ms')) as number);
    await page.close();
    const other = await browser.newPage();
    await other.evaluate(script);
    // The reply as text, parsed in the page as the browser's messaging does.
    await other.evaluate(`globalThis.benchReply = ${JSON.stringify(reply)}`);
    received.push((await other.evaluate('TermLensBench.receive(benchReply).ms')) as number);
    receivedAgain.push((await other.evaluate('TermLensBench.receive(benchReply).ms')) as number);
    await other.close();
  }
} finally {
  await browser.close();
}
const stat = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return `${sorted[0]!.toFixed(1)} / ${sorted[(sorted.length - 1) >> 1]!.toFixed(1)} ms`;
};
const kb = (text: string) => `${(text.length / 1024).toFixed(0)} KB`;
console.log(`${benchTerms.length.toLocaleString('en')} terms (table ${kb(table)}), min / median of ${first.length} fresh pages: first build ${stat(first)}, second build ${stat(second)}`);
console.log(`the background's layout (reply ${kb(reply)}): first ${stat(received)}, second ${stat(receivedAgain)}`);
