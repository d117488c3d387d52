/**
 * `npm run bench:profile`: where TermLens's time goes on the 1 MB bench page. Runs the scan once
 * in a fresh page under the V8 sampling profiler and prints self time per function (top 25). For
 * finding hot spots, not for figures: quote `npm run bench` for those.
 */
import { join } from 'node:path';
import type { MatchableTerm } from '../../lib/matcher/entries';
import { generatePage } from './pages';
import { bundleForPage, launchChromium, readTerms, readSeeds, servePages } from './setup';

const SIZE = Number(process.env.PROFILE_MB ?? 1) * 1_000_000;

declare const TermLensBench: { floor(): unknown; termlens(table: MatchableTerm[], eager: boolean): Promise<unknown> };

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

async function main(): Promise<void> {
  const table = readTerms();
  const script = await bundleForPage(join(import.meta.dirname, 'in-page.ts'));
  const server = await servePages(new Map([['page', generatePage(readSeeds(), SIZE).html]]));
  const browser = await launchChromium();
  try {
    const tab = await browser.newPage({ viewport: { width: 1000, height: 800 } });
    await tab.goto(server.url('page'), { timeout: 120_000 });
    await tab.addScriptTag({ content: script });
    await tab.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const cdp = await tab.context().newCDPSession(tab);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: Number(process.env.PROFILE_INTERVAL ?? 50) });
    await cdp.send('Profiler.start');
    const which = process.env.PROFILE_WHAT ?? 'termlens';
    const result = await tab.evaluate(
      ([t, w]) => (w === 'floor' ? TermLensBench.floor() : TermLensBench.termlens(t, false)),
      [table, which] as const,
    );
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] } };
    console.log(which, JSON.stringify(result));
    const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
    const self = new Map<string, number>();
    let total = 0;
    profile.samples.forEach((id, i) => {
      const n = byNode.get(id)!;
      const key = `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url ? `:${n.callFrame.lineNumber + 1}` : ''}`;
      const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
      self.set(key, (self.get(key) ?? 0) + dt);
      if (!['(idle)', '(program)'].includes(n.callFrame.functionName)) total += dt;
    });
    console.log(`sampled ${total.toFixed(1)} ms outside idle`);
    for (const [key, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`${ms.toFixed(2).padStart(8)} ms  ${key}`);
  } finally {
    await browser.close();
    server.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
