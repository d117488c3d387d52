/**
 * Session-3 experiment behind the notes on long tasks (kept so its figures can be re-run): the same
 * walk and scan in 8 ms slices on the 10 MB bench page, keeping matches in different shapes, in the
 * main world and a CDP isolated world. `FN=<walk|find|keep|io|maps|lean|anchors> npx tsx
 * scripts/bench/experiments/run-isolated.ts` prints each run's longest slice. Not part of CI.
 */
import { createRunCollector } from '../../../lib/dom/text-runs';
import { compileMatcher } from '../../../lib/matcher/compile';
import { entriesOfTable } from '../../../lib/matcher/entries';
async function sliced(table: any, mode: string) {
  const m = compileMatcher(entriesOfTable(table));
  const col = createRunCollector(document.body, { textOnly: true });
  const found: number[] = [];
  const kept: any[] = [];
  const seen = new Set<Element>();
  const byHead = new Map<Node, any>(); const perAnchor = new Map<Element, any[]>();
  const byC = new Map<Node, any[]>(); const anchorOf = new Map<Node, Element>(); const groups = new Map<Element, Set<Node>>();
  let entries = 0;
  const io = new IntersectionObserver((es) => { entries += es.length; }, { rootMargin: '100% 0px' });
  const anchorFor = (c: Element) => { let a = c; for (let l = 0; l < 2; l++) { const p = a.parentElement; if (!p || p === document.body || p.childElementCount > 16) break; a = p; } return a; };
  let slices = 0, longest = 0, n = 0;
  const t0 = performance.now();
  for (let done = false; !done; ) {
    await new Promise((r) => setTimeout(r, 0));
    const start = performance.now(); slices++;
    while (performance.now() - start < 8) {
      const r = col.collect(200);
      for (const run of r.runs) {
        if (mode === 'walk') { n += run.text.length; continue; }
        const k = m.find(run.text, found);
        if ((mode === 'keep' || mode === 'io') && k > 0) kept.push({ c: run.container, i: run.index, m: found.slice(0, k) });
        if (mode === 'maps' && k > 0 && run.container.nodeType === 1) {
          const rec = { c: run.container, i: run.index, m: found.slice(0, k), p: undefined };
          const l = byC.get(run.container); if (l) l.push(rec); else byC.set(run.container, [rec]);
          let a = anchorOf.get(run.container);
          if (!a) { a = anchorFor(run.container as Element); anchorOf.set(run.container, a); const g = groups.get(a); if (g) g.add(run.container); else { groups.set(a, new Set([run.container])); io.observe(a); seen.add(a); } }
        }
        if (mode === 'lean' && k > 0 && run.container.nodeType === 1) {
          const head = byHead.get(run.container);
          const rec: any = { c: run.container, i: run.index, m: found.slice(0, k), p: undefined, next: undefined, anchor: undefined };
          if (head) { rec.anchor = head.anchor; let t = head; while (t.next) t = t.next; t.next = rec; }
          else { rec.anchor = anchorFor(run.container as Element); byHead.set(run.container, rec); }
          const list = perAnchor.get(rec.anchor); if (list) list.push(rec); else { perAnchor.set(rec.anchor, [rec]); io.observe(rec.anchor); seen.add(rec.anchor); }
        }
        if (mode === 'anchors' && k > 0 && run.container.nodeType === 1) {
          const c = run.container as Element;
          const a = anchorFor(c);
          const rec = { d: c === a ? 0 : 1, i: run.index, m: found.slice(0, k) };
          const list = perAnchor.get(a); if (list) list.push(rec); else { perAnchor.set(a, [rec]); io.observe(a); seen.add(a); }
        }
        if (mode === 'io' && k > 0 && run.container.nodeType === 1) { const a = anchorFor(run.container as Element); if (!seen.has(a)) { seen.add(a); io.observe(a); } }
        n += k;
      }
      if (r.done) { done = true; break; }
    }
    longest = Math.max(longest, performance.now() - start);
  }
  await new Promise((r) => setTimeout(r, 500));
  return { wallMs: performance.now() - t0, slices, longestSlice: longest, n, kept: kept.length, watched: seen.size, entries };
}
(globalThis as any).TermLensBench = { walk: (t: any) => sliced(t, 'walk'), find: (t: any) => sliced(t, 'find'), keep: (t: any) => sliced(t, 'keep'), io: (t: any) => sliced(t, 'io'), maps: (t: any) => sliced(t, 'maps'), lean: (t: any) => sliced(t, 'lean'), anchors: (t: any) => sliced(t, 'anchors') };
