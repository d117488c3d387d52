/**
 * The stand-in content script of background-match.ts. On a `bench-go` event from the page it reads
 * the page's text runs (text nodes outside script and style) in slices of about SLICE_CHARS
 * characters and finds the terms in each, one slice per task as the annotator does:
 * - `local`: the product's way today: the layout asked of the background, parsed, checked,
 *   wrapped (the frame's start), then each slice scanned here;
 * - `remote`: each slice's runs sent to the background joined, one slice in flight at a time;
 * - `pipelined`: every slice sent at once, the offsets taken as they come back.
 * It writes what it measured to `data-bench-result` on the root element.
 */
import { parsePageMatcher } from '../../../../lib/messages';
import { matcherOf } from '../../../../lib/matcher/matcher';

declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

const SLICE_CHARS = 16_000;

function slices(): string[][] {
  const out: string[][] = [];
  let runs: string[] = [];
  let chars = 0;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => (/^(SCRIPT|STYLE)$/.test(n.parentElement?.tagName ?? '') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const data = (n as Text).data;
    runs.push(data);
    chars += data.length;
    if (chars >= SLICE_CHARS) {
      out.push(runs);
      runs = [];
      chars = 0;
    }
  }
  if (runs.length) out.push(runs);
  return out;
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
type Reply = { offsets: number[]; workerMs: number };

async function run(mode: string): Promise<Record<string, unknown>> {
  const read0 = performance.now();
  const parts = slices();
  const t0 = performance.now();
  const readMs = t0 - read0;
  let messageMs = 0;
  let matches = 0;
  let startMs = 0;
  let firstSliceMs = 0;
  const roundTrips: number[] = [];
  let workerMs = 0;
  if (mode === 'local') {
    const reply = await chrome.runtime.sendMessage({ type: 'layout' });
    const received = performance.now();
    messageMs = received - t0;
    const table = parsePageMatcher(reply);
    if (!table) throw new Error('refused');
    const matcher = matcherOf(table.layout);
    startMs = performance.now() - received;
    const found: number[] = [];
    for (const runs of parts) {
      for (const text of runs) matches += matcher.find(text, found) / 3;
      if (!firstSliceMs) firstSliceMs = performance.now() - t0;
      await nextTask();
    }
  } else {
    const send = (runs: string[]) => chrome.runtime.sendMessage({ type: 'match', text: runs.join(''), runs: runs.map((r) => r.length) }) as Promise<Reply>;
    const take = (reply: Reply, sentAt: number) => {
      roundTrips.push(performance.now() - sentAt);
      matches += reply.offsets.length / 3;
      workerMs += reply.workerMs;
      if (!firstSliceMs) firstSliceMs = performance.now() - t0;
    };
    if (mode === 'remote') {
      for (const runs of parts) {
        const sentAt = performance.now();
        take(await send(runs), sentAt);
      }
    } else {
      const sentAt = performance.now();
      await Promise.all(parts.map((runs) => send(runs).then((reply) => take(reply, sentAt))));
    }
  }
  const totalMs = performance.now() - t0;
  return { mode, slices: parts.length, readMs, messageMs, startMs, firstSliceMs, totalMs, matches, roundTrips, workerMs };
}

window.addEventListener('bench-go', (event) => {
  const mode = String((event as CustomEvent).detail);
  run(mode).then(
    (result) => (document.documentElement.dataset.benchResult = JSON.stringify(result)),
    (error) => (document.documentElement.dataset.benchResult = JSON.stringify({ error: String(error) })),
  );
});
document.documentElement.dataset.benchReady = '1';
