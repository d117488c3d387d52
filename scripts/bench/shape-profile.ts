/**
 * Where the content script's time goes on the 200,000-text-node page (clock, pointer sweep, card):
 * a V8 CPU profile of the page's renderer, its samples under content.js summed by function (self
 * time) and by the content.js frame nearest the top, and the GC's share. For reading names, load an
 * unminified build (`TERMLENS_NO_MINIFY=1 npm run build`, then `TERMLENS_BUILD=`).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { NEAR_VIEWPORT_SCREENS, SPARSE_MARK_EVERY } from '../../lib/limits';
import { ROOT, servePages } from './setup';
import { nearTermsInHuge, openCardText, paintedInHuge, sweepPointer, TERM_EVERY, termPointInHuge, textNodesPage } from './shapes';

const BUILD = process.env.TERMLENS_BUILD ?? join(ROOT, '.output', 'chrome-mv3');
const NODES = 200_000;

interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }
interface Profile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }

async function until<T>(read: () => Promise<T>, ok: (v: T) => boolean): Promise<void> {
  for (let i = 0; i < 3000; i++) {
    if (ok(await read())) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('gave up');
}

const server = await servePages(new Map([['huge', textNodesPage(NODES)]]));
const dir = mkdtempSync(join(tmpdir(), 'termlens-profile-'));
const context = await chromium.launchPersistentContext(dir, {
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--no-first-run', `--disable-extensions-except=${BUILD}`, `--load-extension=${BUILD}`],
  viewport: { width: 1000, height: 800 },
});
try {
  if (context.serviceWorkers().length === 0) await context.waitForEvent('serviceworker');
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
  await cdp.send('Profiler.start');
  await page.goto(server.url('huge'));
  await page.waitForFunction(() => (window as unknown as { shapeReady?: boolean }).shapeReady === true, undefined, { timeout: 300_000 });
  const near = (await nearTermsInHuge(page, SPARSE_MARK_EVERY, NEAR_VIEWPORT_SCREENS)).join();
  await until(() => paintedInHuge(page), (p) => p.join() === near);
  await sweepPointer(page, 2);
  const point = await termPointInHuge(page, 30 * TERM_EVERY);
  let shake = 0;
  await until(async () => {
    await page.mouse.move(point.x + (shake++ % 2), point.y);
    return openCardText(page);
  }, (t) => !!t?.includes('天数天算'));
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const ours = (n: ProfileNode) => n.callFrame.url.includes('content.js');
  const self = new Map<string, number>();
  const nearest = new Map<string, number>();
  let ourTotal = 0;
  let gc = 0;
  // Long stretches: consecutive samples under content.js, and what they were.
  const stretches: { ms: number; top: Map<string, number> }[] = [];
  let stretch: { ms: number; top: Map<string, number> } | undefined;
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const node = byId.get(id)!;
    if (node.callFrame.functionName === '(garbage collector)') gc += ms;
    let inOurs: ProfileNode | undefined;
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const n = byId.get(at)!;
      if (ours(n)) { inOurs = n; break; }
    }
    const gcInStretch = node.callFrame.functionName === '(garbage collector)' && stretch;
    if (!inOurs && !gcInStretch) {
      if (stretch && stretch.ms > 20) stretches.push(stretch);
      stretch = undefined;
      return;
    }
    const key = `${node.callFrame.functionName || '(anon)'}${ours(node) ? ':' + node.callFrame.lineNumber : ' [' + (node.callFrame.url.split('/').pop() || 'native') + ']'}`;
    const near = inOurs ? `${inOurs.callFrame.functionName || '(anon)'}:${inOurs.callFrame.lineNumber}` : '(gc)';
    ourTotal += ms;
    self.set(key, (self.get(key) ?? 0) + ms);
    nearest.set(near, (nearest.get(near) ?? 0) + ms);
    stretch ??= { ms: 0, top: new Map() };
    stretch.ms += ms;
    stretch.top.set(near, (stretch.top.get(near) ?? 0) + ms);
  });
  const top = (m: Map<string, number>, k = 25) => [...m].sort((a, b) => b[1] - a[1]).slice(0, k).map(([n, ms]) => `   ${ms.toFixed(1).padStart(8)} ms  ${n}`).join('\n');
  console.log(`content.js samples ${ourTotal.toFixed(0)} ms; (garbage collector) anywhere ${gc.toFixed(0)} ms`);
  console.log(`by self time:\n${top(self)}`);
  console.log(`by nearest content.js frame:\n${top(nearest)}`);
  stretches.sort((a, b) => b.ms - a.ms);
  console.log(`stretches over 20 ms of content.js samples: ${stretches.length}`);
  for (const s of stretches.slice(0, 12)) console.log(` ${s.ms.toFixed(1)} ms:\n${top(s.top, 6)}`);
} finally {
  await context.close();
  rmSync(dir, { recursive: true, force: true });
  server.close();
}
