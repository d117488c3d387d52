/** Real-browser test harness: a fixture server and Debian's Chromium with the built extension. */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, onTestFinished } from 'vitest';
import { startContentTrace, type ContentScriptTrace } from '../../scripts/bench/trace';
import { controlIn } from './card-probes';

export const ROOT = join(import.meta.dirname, '..', '..');
export const CHROME_BUILD = join(ROOT, '.output', 'chrome-mv3');
const FIXTURES = join(import.meta.dirname, 'fixtures');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * How long a poll waits for what it expects before the test reads the last value and fails on it.
 * Generous for two busy cores: a passing poll returns as soon as its condition holds.
 */
export const POLL_TIMEOUT_MS = 30_000;
const POLL_INTERVAL_MS = 100;

export function requireBuildAndBrowser(): void {
  if (!existsSync(join(CHROME_BUILD, 'manifest.json'))) throw new Error('no .output/chrome-mv3: run `npm run build` first');
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: apt-get install -y chromium`);
}

/** Fixture files, plus pages made on the fly (`generated`: path → HTML, built on first request). */
export async function serveFixtures(generated: Record<string, () => string> = {}): Promise<{ server: Server; url: (file: string) => string }> {
  const made = new Map<string, string>();
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const make = generated[path];
    if (make) {
      if (!made.has(path)) made.set(path, make());
      return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(made.get(path));
    }
    if (path === '/favicon.ico') return void res.writeHead(204).end(); // no 404s in the console tests read
    const file = join(FIXTURES, path);
    if (!file.startsWith(FIXTURES) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    const type = extname(file) === '.html' ? 'text/html; charset=utf-8' : 'application/octet-stream';
    res.writeHead(200, { 'content-type': type }).end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return { server, url: (file) => `http://127.0.0.1:${port}/${file}` };
}

/**
 * Chromium on Linux takes its interface language from the environment (LANGUAGE, then LANG) and
 * needs that locale's .pak (Debian: chromium-l10n). --lang alone changes what
 * chrome.i18n.getUILanguage() answers but not the catalogue getMessage reads (@@ui_locale stays
 * en_US), so the extension's pages would mix both.
 */
function uiLocaleEnv(uiLocale: string | undefined): Record<string, string> | undefined {
  if (!uiLocale) return undefined;
  const pak = `/usr/lib/chromium/locales/${uiLocale}.pak`;
  if (!existsSync(pak)) throw new Error(`no ${pak}: apt-get install -y chromium-l10n`);
  const posix = uiLocale.replace('-', '_');
  return { ...(process.env as Record<string, string>), LANGUAGE: posix, LANG: `${posix}.UTF-8` };
}

export async function launchChromium(
  withExtension: boolean,
  { headless = true, uiLocale }: { headless?: boolean; uiLocale?: string } = {},
): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'termlens-chromium-'));
  const args = ['--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'];
  if (withExtension) args.push(`--disable-extensions-except=${CHROME_BUILD}`, `--load-extension=${CHROME_BUILD}`);
  const env = uiLocaleEnv(uiLocale);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless,
    args,
    ...(env ? { env, locale: uiLocale } : {}),
    viewport: { width: 1000, height: 800 },
  });
  if (withExtension && context.serviceWorkers().length === 0) await context.waitForEvent('serviceworker');
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The strings TermLens has marked in a page (or frame), from the Highlight registry, in document order. */
/** A page or frame of either driver (playwright or puppeteer): both can evaluate a function. */
export interface Evaluator {
  evaluate(fn: () => string[]): Promise<string[]>;
}

export function markedTexts(page: Evaluator): Promise<string[]> {
  return page.evaluate(() => {
    const highlight = CSS.highlights.get('termlens-underline');
    if (!highlight) return [];
    // A position key through shadow roots: child indexes from the document down, a shadow root after its host's children.
    const pathOf = (node: Node, offset: number): number[] => {
      const path = [offset];
      for (let n: Node = node; ; ) {
        const parent = n.parentNode;
        if (parent) {
          path.unshift(Array.prototype.indexOf.call(parent.childNodes, n));
          n = parent;
        } else if (n instanceof ShadowRoot) {
          path.unshift(1e9);
          n = n.host;
        } else return path;
      }
    };
    const compare = (a: number[], b: number[]) => {
      for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
      return a.length - b.length;
    };
    // forEach, not iteration: iterators do not cross Firefox's Xray wrappers (BiDi sandboxes).
    const ranges: AbstractRange[] = [];
    highlight.forEach((r) => void ranges.push(r));
    return ranges
      .map((r) => {
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        return { key: pathOf(r.startContainer, r.startOffset), text: range.toString() };
      })
      .sort((a, b) => compare(a.key, b.key))
      .map((m) => m.text);
  });
}

/**
 * Runs a function in a fresh isolated world of the page's main frame (CDP), where the page's own
 * changes to built-ins (hostile.html replaces Array.prototype.map, Function.prototype.bind…) do not
 * reach. The CSS highlight registry and the DOM are shared with the page. A returned promise is awaited.
 */
export async function evaluateIsolated<T>(page: Page, fn: () => T | Promise<T>): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
    const { executionContextId } = (await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'termlens-test' })) as {
      executionContextId: number;
    };
    const { result, exceptionDetails } = (await cdp.send('Runtime.evaluate', {
      expression: `(${fn.toString()})()`,
      contextId: executionContextId,
      awaitPromise: true,
      returnByValue: true,
    })) as { result: { value: T }; exceptionDetails?: { text: string } };
    if (exceptionDetails) throw new Error(`evaluateIsolated: ${exceptionDetails.text}`);
    return result.value;
  } finally {
    await cdp.detach();
  }
}

/** markedTexts, read from an isolated world (for pages that break built-ins). */
export function markedTextsIsolated(page: Page): Promise<string[]> {
  return markedTexts({ evaluate: (fn) => evaluateIsolated(page, fn) });
}

/**
 * Waits for at least `atLeast` marks, then until two reads in a row agree (annotation runs in
 * slices), or gives up after POLL_TIMEOUT_MS, returning the last read.
 */
export async function settledMarks(page: Evaluator, atLeast = 1): Promise<string[]> {
  let last: string[] = [];
  const deadline = Date.now() + POLL_TIMEOUT_MS;
  for (;;) {
    const now = await markedTexts(page);
    if ((now.length >= atLeast && now.length === last.length) || Date.now() > deadline) return now;
    last = now;
    await new Promise((r) => setTimeout(r, POLL_INTERVAL_MS));
  }
}

/** Text inside TermLens's closed shadow root, read through the DevTools protocol (pierce: true). */
export async function cardText(page: Page): Promise<string | undefined> {
  const cdp = await page.context().newCDPSession(page);
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  await cdp.detach();
  const host = find(root, isCardHost);
  if (!host) return undefined;
  const parts: string[] = [];
  const collect = (n: DomNode) => {
    if (n.nodeName === 'STYLE') return; // the card's own styles, not its text
    if (n.nodeType === 3) parts.push(n.nodeValue ?? '');
    // The card paints its text as generated content from data-t (window.find cannot see it).
    const at = (n.attributes ?? []).findIndex((a, i) => i % 2 === 0 && a === 'data-t');
    if (at >= 0) parts.push(n.attributes![at + 1]!);
    for (const c of [...(n.shadowRoots ?? []), ...(n.children ?? [])]) collect(c);
  };
  collect(host);
  return parts.join('');
}

/** TermLens's card host: the element carrying its own-UI attribute (CDP lists attributes as name, value, …). */
export const isCardHost = (n: DomNode) => (n.attributes ?? []).some((a, i) => i % 2 === 0 && a === 'data-termlens-ui');

export interface DomNode {
  nodeId?: number;
  backendNodeId?: number;
  attributes?: string[];
  nodeName: string;
  nodeType: number;
  nodeValue?: string;
  children?: DomNode[];
  shadowRoots?: DomNode[];
  contentDocument?: DomNode;
}

function find(n: DomNode, test: (n: DomNode) => boolean): DomNode | undefined {
  if (test(n)) return n;
  for (const c of [...(n.shadowRoots ?? []), ...(n.children ?? [])]) {
    const hit = find(c, test);
    if (hit) return hit;
  }
  return undefined;
}

/** Writes TermLens's settings through the extension's own storage, as the options page does. */
export async function setSettings(context: BrowserContext, settings: Record<string, unknown> | undefined): Promise<void> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  await worker.evaluate(async (value) => {
    const storage = (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void>; clear(): Promise<void> } } } }).chrome.storage.local;
    if (value) await storage.set({ settings: value });
    else await storage.clear();
  }, settings);
}

/** A request a content script sent to the background: its type, and the term it names if any. */
export interface SentRequest {
  type: string;
  id?: string;
}

/**
 * Records, from now on, every request content scripts send to the background (a listener beside
 * the background's own, which replies). Requests from one frame arrive in the order it sent them,
 * so a later request seen here proves the earlier ones would have been seen too.
 */
export async function recordRequests(context: BrowserContext): Promise<() => Promise<SentRequest[]>> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  await worker.evaluate(() => {
    const scope = globalThis as unknown as {
      termlensTestLog?: { type: string; id?: string }[];
      chrome: { runtime: { onMessage: { addListener(fn: (m: unknown) => undefined): void } } };
    };
    if (!scope.termlensTestLog) {
      scope.chrome.runtime.onMessage.addListener((message) => {
        const { type, id } = (message ?? {}) as { type?: unknown; id?: unknown };
        scope.termlensTestLog!.push({ type: String(type), ...(typeof id === 'string' ? { id } : {}) });
        return undefined;
      });
    }
    scope.termlensTestLog = [];
  });
  return () => worker.evaluate(() => (globalThis as unknown as { termlensTestLog: { type: string; id?: string }[] }).termlensTestLog);
}

/**
 * Resolves once the page has run its next animation frame and a 0 ms timer after it. The content
 * script's pointer handler waits for a frame, and anything it schedules for 0 ms then runs first.
 */
export function afterFrameAndTimers(page: Page): Promise<void> {
  return page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
}

/** Polls `read` until `accept` holds (or POLL_TIMEOUT_MS pass), returning the last value read. */
export async function until<T>(read: () => Promise<T>, accept: (value: T) => boolean, timeoutMs = POLL_TIMEOUT_MS): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!accept(value) && Date.now() <= deadline) {
    await new Promise((r) => setTimeout(r, POLL_INTERVAL_MS));
    value = await read();
  }
  return value;
}

/** The centre of the n-th occurrence of `term` in the element `id`, in viewport coordinates. */
export function termBox(page: Page, id: string, term: string): Promise<{ x: number; y: number; top: number; bottom: number }> {
  return page.evaluate(
    ([id, term]) => {
      const el = document.getElementById(id)!;
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
        const at = n.data.indexOf(term);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(n, at);
        range.setEnd(n, at + 1);
        const r = range.getBoundingClientRect();
        range.setEnd(n, at + term.length);
        const whole = range.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2, top: whole.top, bottom: whole.bottom };
      }
      throw new Error(`${term} not in #${id}`);
    },
    [id, term] as const,
  );
}

/**
 * One Chromium with the built extension and the fixture server for a test file: started before its
 * tests, closed after them. Reads go through the returned getters (set once beforeAll has run).
 */
export function extensionSuite(generated: Record<string, () => string> = {}, { uiLocale }: { uiLocale?: string } = {}) {
  const state: { server?: Server; url?: (file: string) => string; context?: BrowserContext; close?: () => Promise<void>; id?: string } = {};
  beforeAll(async () => {
    requireBuildAndBrowser();
    const served = await serveFixtures(generated);
    state.server = served.server;
    state.url = served.url;
    const launched = await launchChromium(true, { uiLocale });
    state.context = launched.context;
    state.close = launched.close;
    const worker = launched.context.serviceWorkers()[0] ?? (await launched.context.waitForEvent('serviceworker'));
    state.id = new URL(worker.url()).host;
  });
  afterAll(async () => {
    await state.close?.();
    state.server?.close();
  });
  return {
    context: () => state.context!,
    url: (file: string) => state.url!(file),
    extension: (page: string) => `chrome-extension://${state.id!}/${page}`,
    /** A fixture page in a new tab. */
    async open(file: string): Promise<Page> {
      const page = await state.context!.newPage();
      await page.goto(state.url!(file));
      return page;
    },
  };
}

/**
 * The content script's main-thread work while `during` runs (see scripts/bench/trace.ts). Tracing
 * ends when `during` settles, and also when the test ends first (a timeout leaves `during` running):
 * Chromium traces one recording at a time, so one left on would fail every later trace.
 */
export async function traceContentScript(page: Page, during: () => Promise<void>): Promise<ContentScriptTrace> {
  // Tests count calls and assert no times: the lighter trace keeps a 10 MB page's trace small.
  const recording = await startContentTrace(page, { detail: process.env.TRACE_REPORT === '1' });
  onTestFinished(() => recording.abandon());
  try {
    await during();
  } catch (error) {
    await recording.abandon();
    throw error;
  }
  const report = await recording.stop();
  // TRACE_REPORT=1 prints what the trace found; `npm run bench` reports the same figures.
  if (process.env.TRACE_REPORT === '1') console.log(`trace: longest task ${report.longestCpuMs.toFixed(1)} ms CPU; ${JSON.stringify(report.longest)}`);
  return report;
}

/**
 * Runs `fn` on TermLens's closed shadow root (as DevTools can; the page cannot), returning its value.
 * Undefined when no card is open.
 */
export async function inCard<T>(page: Page, fn: string): Promise<T | undefined> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const host = find(root, isCardHost);
    const shadow = host?.shadowRoots?.[0];
    if (!shadow?.backendNodeId) return undefined;
    const { object } = (await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId })) as { object: { objectId: string } };
    const { result } = (await cdp.send('Runtime.callFunctionOn', { objectId: object.objectId, functionDeclaration: fn, returnByValue: true, awaitPromise: true })) as {
      result: { value: T };
    };
    return result.value;
  } finally {
    await cdp.detach();
  }
}

/** The centre of the card control whose text (or aria-label) is `name`, in viewport coordinates. */
export function cardControl(page: Page, name: string): Promise<{ x: number; y: number } | undefined> {
  return inCard(page, controlIn(name));
}
