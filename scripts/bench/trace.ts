/**
 * Main-thread work of TermLens's content script, read from a Chromium trace: every script call
 * (timers, observers, events, the first evaluation) whose script is the content script. Used by the
 * bench (which prints the figures) and by the load tests (which assert only counts).
 */
import type { CDPSession, Page } from 'playwright-core';

export interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  tid?: number;
  args?: { data?: { url?: string; functionName?: string; lineNumber?: number; columnNumber?: number } };
}

export interface ContentScriptTrace {
  /** The longest call by the wall clock, and by thread time (what it ran, without time the OS gave the core to others). */
  longestMs: number;
  longestCpuMs: number;
  /** All calls by the wall clock, and by thread time. */
  totalMs: number;
  totalCpuMs: number;
  calls: number;
  /** Calls over 50 ms by the wall clock: long tasks, as the browser counts them. */
  longTasks: number;
  /** The three longest calls, with what ran inside them. */
  longest: { name: string; at: string; ms: number; fn?: string }[];
}

export interface TraceRecording {
  /** Ends tracing and reads the trace; call once. */
  stop(): Promise<ContentScriptTrace>;
  /** Ends tracing if still on, discarding the trace: for a test that timed out mid-recording. */
  abandon(): Promise<void>;
}

/**
 * Starts tracing the page's browser. Chromium allows one trace at a time per browser, so every
 * recording must be stopped or abandoned, even when what it measures fails.
 */
export async function startContentTrace(page: Page, { detail = true }: { detail?: boolean } = {}): Promise<TraceRecording> {
  const cdp = await page.context().newCDPSession(page);
  const complete = new Promise<string>((resolve) => cdp.once('Tracing.tracingComplete', (e: { stream?: string }) => resolve(e.stream!)));
  // The detailed category adds what ran inside each call (GC, layout), for the bench's "longest"
  // column; calls and their times need only the first.
  const includedCategories = detail ? ['devtools.timeline', 'disabled-by-default-devtools.timeline'] : ['devtools.timeline'];
  await cdp.send('Tracing.start', { transferMode: 'ReturnAsStream', traceConfig: { includedCategories } });
  let ended = false;
  const end = async () => {
    if (ended) return false;
    ended = true;
    await cdp.send('Tracing.end');
    return true;
  };
  return {
    async stop() {
      if (!(await end())) throw new Error('startContentTrace: this recording was already stopped');
      const events = await readTrace(cdp, await complete);
      await cdp.detach();
      return summarizeContentScript(events);
    },
    async abandon() {
      try {
        if (await end()) await cdp.send('IO.close', { handle: await complete });
      } finally {
        await cdp.detach().catch(() => {});
      }
    },
  };
}

/** Traces the content script while `during` runs; tracing ends even if `during` throws. */
export async function traceContentScript(page: Page, during: () => Promise<void>): Promise<ContentScriptTrace> {
  const recording = await startContentTrace(page);
  try {
    await during();
  } catch (error) {
    await recording.abandon();
    throw error;
  }
  return recording.stop();
}

async function readTrace(cdp: CDPSession, stream: string): Promise<TraceEvent[]> {
  let json = '';
  for (;;) {
    const chunk = (await cdp.send('IO.read', { handle: stream })) as { data: string; eof: boolean; base64Encoded?: boolean };
    json += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data;
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle: stream });
  const parsed = JSON.parse(json) as TraceEvent[] | { traceEvents: TraceEvent[] };
  return Array.isArray(parsed) ? parsed : parsed.traceEvents;
}

/** The content script's calls in a trace: every FunctionCall or EvaluateScript whose script is content.js. */
export function summarizeContentScript(events: TraceEvent[]): ContentScriptTrace {
  const ours = events.filter(
    (e) => (e.name === 'FunctionCall' || e.name === 'EvaluateScript') && e.ph === 'X' && (e.args?.data?.url ?? '').includes('/content-scripts/content.js'),
  );
  const wall = ours.map((e) => (e.dur ?? 0) / 1000);
  const cpu = ours.map((e) => (e.tdur ?? e.dur ?? 0) / 1000);
  const longest = [...ours]
    .sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0))
    .slice(0, 3)
    .map((e) => {
      const inside = events.filter((x) => x.ph === 'X' && x !== e && x.ts >= e.ts && x.ts + (x.dur ?? 0) <= e.ts + (e.dur ?? 0) && x.tid === e.tid);
      const byName = new Map<string, number>();
      for (const x of inside) byName.set(x.name, (byName.get(x.name) ?? 0) + (x.dur ?? 0) / 1000);
      const where = e.args?.data;
      const top = JSON.stringify([...byName].sort((a, b) => b[1] - a[1]).slice(0, 4));
      return { name: e.name, at: `${where?.functionName || '(anonymous)'}@${where?.lineNumber ?? '?'}:${where?.columnNumber ?? '?'}`, ms: (e.dur ?? 0) / 1000, fn: `cpu ${(e.tdur ?? 0) / 1000} ${top}` };
    });
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  return {
    longestMs: wall.reduce((a, b) => Math.max(a, b), 0),
    longestCpuMs: cpu.reduce((a, b) => Math.max(a, b), 0),
    totalMs: sum(wall),
    totalCpuMs: sum(cpu),
    calls: ours.length,
    longTasks: wall.filter((ms) => ms > 50).length,
    longest,
  };
}
