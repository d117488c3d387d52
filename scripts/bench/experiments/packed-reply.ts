/**
 * A frame's start with this tree's layout encoding against an earlier commit's (`BEFORE`, default
 * 25bfac3: the trie's six Int32 arrays as base64), interleaved in fresh pages: each reply as text,
 * parsed in the page as the browser's messaging does, then checked and wrapped by the code of its
 * own commit (that commit's lib/ and bench page script, extracted into .exp/). `TERMS=100000` for
 * the bench's big glossary; min / median over RUNS (default 8) of the wall clock and of the main
 * thread's CPU time (what to compare on a loaded machine).
 * `npx tsx scripts/bench/experiments/packed-reply.ts`. Not part of CI.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildLayout } from '../../../lib/matcher/compile';
import { entriesOfTerms } from '../../../lib/matcher/entries';
import { layoutForMessage } from '../../../lib/matcher/layout';
import { bigTerms, bundleForPage, evaluateWithCpu, launchChromium, readTerms, readSeeds, ROOT } from '../setup';

const before = process.env.BEFORE ?? '25bfac3';
const beforeDir = join(ROOT, '.exp', `before-${before}`);
if (!existsSync(beforeDir)) {
  mkdirSync(beforeDir, { recursive: true });
  execFileSync('sh', ['-c', `git -C "${ROOT}" archive "${before}" lib scripts/bench | tar -x -C "${beforeDir}"`]);
}
type Compile = { buildLayout: typeof buildLayout };
type Layout = { layoutForMessage: (layout: unknown) => unknown };
const old = {
  compile: (await import(join(beforeDir, 'lib/matcher/compile.ts'))) as Compile,
  layout: (await import(join(beforeDir, 'lib/matcher/layout.ts'))) as Layout,
};

const terms = Number(process.env.TERMS ?? 0);
const benchTerms = terms > 0 ? bigTerms(readSeeds(), readTerms(), terms) : readTerms();
const ids = benchTerms.map((term) => term.id);
const entries = entriesOfTerms(benchTerms);
const ways = {
  now: {
    script: await bundleForPage(join(import.meta.dirname, '..', 'in-page.ts')),
    reply: JSON.stringify({ ids, layout: layoutForMessage(buildLayout(entries)) }),
  },
  [before]: {
    script: await bundleForPage(join(beforeDir, 'scripts', 'bench', 'in-page.ts')),
    reply: JSON.stringify({ ids, layout: old.layout.layoutForMessage(old.compile.buildLayout(entries)) }),
  },
};
const times: Record<string, number[]> = Object.fromEntries(Object.keys(ways).map((k) => [k, []]));
const cpu: Record<string, number[]> = Object.fromEntries(Object.keys(ways).map((k) => [k, []]));
const browser = await launchChromium();
try {
  for (let run = 0; run < Number(process.env.RUNS ?? 8); run++) {
    for (const [how, { script, reply }] of Object.entries(ways)) {
      const page = await browser.newPage();
      await page.evaluate(script);
      await page.evaluate(`globalThis.benchReply = ${JSON.stringify(reply)}`);
      const { result, cpuMs } = await evaluateWithCpu<{ ms: number }>(page, 'TermLensBench.receive(benchReply)');
      times[how]!.push(result.ms);
      cpu[how]!.push(cpuMs);
      await page.close();
    }
  }
} finally {
  await browser.close();
}
const stat = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return `${sorted[0]!.toFixed(1)} / ${sorted[(sorted.length - 1) >> 1]!.toFixed(1)} ms`;
};
for (const [how, { reply }] of Object.entries(ways)) {
  console.log(`${benchTerms.length.toLocaleString('en')} terms, ${how === 'now' ? 'this tree' : how} (reply ${(reply.length / 1024).toFixed(0)} KB): wall ${stat(times[how]!)}, CPU ${stat(cpu[how]!)} (min / median of ${times[how]!.length})`);
}
