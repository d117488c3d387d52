/**
 * A frame's start with the layout's arrays packed as base64 text against JSON numbers (before),
 * interleaved in fresh pages: the reply as text, parsed in the page as the browser's messaging does,
 * then checked and wrapped. `TERMS=100000` for the bench's big glossary; min / median over RUNS
 * (default 8). `npx tsx scripts/bench/experiments/packed-reply.ts`. Not part of CI.
 */
import { join } from 'node:path';
import { buildLayout } from '../../../lib/matcher/compile';
import { entriesOfTerms } from '../../../lib/matcher/entries';
import { layoutForMessage } from '../../../lib/matcher/layout';
import { layoutAsNumbers } from '../number-layout';
import { bigTerms, bundleForPage, launchChromium, readTerms, readSeeds } from '../setup';

const script = await bundleForPage(join(import.meta.dirname, '..', 'in-page.ts'));
const terms = Number(process.env.TERMS ?? 0);
const benchTerms = terms > 0 ? bigTerms(readSeeds(), readTerms(), terms) : readTerms();
const layout = buildLayout(entriesOfTerms(benchTerms));
const ids = benchTerms.map((term) => term.id);
const replies = { packed: JSON.stringify({ ids, layout: layoutForMessage(layout) }), numbers: JSON.stringify({ ids, layout: layoutAsNumbers(layout) }) };
const times: Record<keyof typeof replies, number[]> = { packed: [], numbers: [] };
const browser = await launchChromium();
try {
  for (let run = 0; run < Number(process.env.RUNS ?? 8); run++) {
    for (const how of ['packed', 'numbers'] as const) {
      const page = await browser.newPage();
      await page.evaluate(script);
      await page.evaluate(`globalThis.benchReply = ${JSON.stringify(replies[how])}`);
      times[how].push((await page.evaluate(`TermLensBench.receive(benchReply, ${how === 'numbers'}).ms`)) as number);
      await page.close();
    }
  }
} finally {
  await browser.close();
}
for (const how of ['packed', 'numbers'] as const) {
  const sorted = [...times[how]].sort((a, b) => a - b);
  console.log(`${benchTerms.length.toLocaleString('en')} terms, ${how} (reply ${(replies[how].length / 1024).toFixed(0)} KB): ${sorted[0]!.toFixed(1)} / ${sorted[(sorted.length - 1) >> 1]!.toFixed(1)} ms (min / median of ${sorted.length})`);
}
