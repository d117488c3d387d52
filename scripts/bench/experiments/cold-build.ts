/**
 * Session-6 check behind the README's per-frame build figure: the real glossary's matcher compiled
 * in a fresh page, as every frame's content script does (module tables not built yet, code not
 * yet optimised), then a second time in the same page; and, in other fresh pages, what a frame does
 * since session 7 instead: the background's compiled layout parsed from JSON, checked and wrapped.
 * Min / median over RUNS (default 15) pages each.
 * `npx tsx scripts/bench/experiments/cold-build.ts`. Not part of CI.
 */
import { join } from 'node:path';
import { buildLayout } from '../../../lib/matcher/compile';
import { entriesOfTable } from '../../../lib/matcher/entries';
import { layoutForMessage } from '../../../lib/matcher/layout';
import { bundleForPage, launchChromium, readMatchTable } from '../setup';

const script = await bundleForPage(join(import.meta.dirname, '..', 'in-page.ts'));
const matchTable = readMatchTable();
const table = JSON.stringify(matchTable);
const reply = JSON.stringify(JSON.stringify({ ids: matchTable.ids, layout: layoutForMessage(buildLayout(entriesOfTable(matchTable))) }));
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
    if (process.env.PARTS === '1') other.on('console', (m) => console.log(m.text()));
    await other.evaluate(script);
    await other.evaluate(`globalThis.benchReply = ${reply}`);
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
console.log(`real glossary, min / median of ${first.length} fresh pages: first build ${stat(first)}, second build ${stat(second)}`);
console.log(`the background's layout (reply ${(reply.length / 1024).toFixed(0)} KB): first ${stat(received)}, second ${stat(receivedAgain)}`);
