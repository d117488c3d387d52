/**
 * Debian's Firefox ESR with the built Firefox extension, through puppeteer-core over WebDriver BiDi:
 * a temporary add-on with a pinned moz-extension uuid.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll } from 'vitest';
import { ROOT, serveFixtures, until, type SentRequest } from './harness';

export const FIREFOX_BUILD = join(ROOT, '.output', 'firefox-mv2');
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** Pinned so tests know the sidebar's address; any uuid works. */
export const EXTENSION_UUID = 'c0ffee00-7e55-4a1e-9c0d-000000000001';

function geckoId(): string {
  const manifest = JSON.parse(readFileSync(join(FIREFOX_BUILD, 'manifest.json'), 'utf8'));
  return manifest.browser_specific_settings.gecko.id as string;
}

export function requireFirefoxBuild(): void {
  if (!existsSync(join(FIREFOX_BUILD, 'manifest.json'))) throw new Error('no .output/firefox-mv2: run `npm run build:firefox` first');
  if (!existsSync(FIREFOX)) throw new Error(`no Firefox at ${FIREFOX}: apt-get install -y firefox-esr`);
}

/** Firefox ESR with the Firefox build installed as a temporary add-on. */
export async function launchFirefox({ headless = true, prefs = {}, build = FIREFOX_BUILD }: { headless?: boolean; prefs?: Record<string, unknown>; build?: string } = {}): Promise<Browser> {
  requireFirefoxBuild();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless,
    // Opening moz-extension:// pages over BiDi needs it.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [geckoId()]: EXTENSION_UUID }), ...prefs },
  });
  await browser.installExtension(build);
  return browser;
}

/** Firefox with the extension and the fixture server (plus `generated` pages) for one test file. */
export function firefoxSuite(generated: Record<string, () => string> = {}, { prefs, build }: { prefs?: Record<string, unknown>; build?: () => string } = {}) {
  const state: { browser?: Browser; server?: Server; url?: (file: string) => string } = {};
  beforeAll(async () => {
    requireFirefoxBuild();
    const served = await serveFixtures(generated);
    state.server = served.server;
    state.url = served.url;
    state.browser = await launchFirefox({ prefs, build: build?.() });
  });
  afterAll(async () => {
    await state.browser?.close();
    state.server?.close();
  });
  return {
    browser: () => state.browser!,
    url: (file: string) => state.url!(file),
    extension: (page: string) => `moz-extension://${EXTENSION_UUID}/${page}`,
    async open(file: string): Promise<Page> {
      const page = await state.browser!.newPage();
      await page.setViewport({ width: 1000, height: 800 });
      await page.goto(state.url!(file));
      return page;
    },
  };
}

interface SerializedNode {
  type: string;
  value?: { nodeType: number; localName?: string; attributes?: Record<string, string>; nodeValue?: string; children?: SerializedNode[]; shadowRoot?: SerializedNode | null };
}

/**
 * Text inside TermLens's closed shadow root. WebDriver BiDi serializes closed shadow trees when
 * asked (`includeShadowTree: "all"`): the page itself cannot, which is the point of a closed root.
 */
export async function firefoxCardText(browser: Browser, page: Page): Promise<string | undefined> {
  const connection = (browser as unknown as { connection: { send(method: string, params: object): Promise<{ result: { result: SerializedNode } }> } }).connection;
  const context = (page.mainFrame() as unknown as { browsingContext: { id: string } }).browsingContext.id;
  const { result } = await connection.send('script.callFunction', {
    functionDeclaration: '() => document.querySelector("[data-termlens-ui]")',
    target: { context },
    awaitPromise: false,
    serializationOptions: { includeShadowTree: 'all', maxDomDepth: 64 },
  });
  if (result.result.type !== 'node') return undefined;
  const parts: string[] = [];
  const collect = (n: SerializedNode | null | undefined) => {
    if (!n?.value || n.value.localName === 'style') return;
    if (n.value.nodeType === 3) parts.push(n.value.nodeValue ?? '');
    if (n.value.attributes?.['data-t'] !== undefined) parts.push(n.value.attributes['data-t']); // text painted as generated content
    collect(n.value.shadowRoot);
    for (const c of n.value.children ?? []) collect(c);
  };
  collect(result.result);
  return parts.join('');
}

interface RemoteValue {
  type: string;
  value?: unknown;
}

function fromRemote(v: RemoteValue): unknown {
  switch (v.type) {
    case 'array':
      return (v.value as RemoteValue[]).map(fromRemote);
    case 'object':
      return Object.fromEntries((v.value as [string, RemoteValue][]).map(([key, value]) => [key, fromRemote(value)]));
    case 'string':
    case 'number':
    case 'boolean':
      return v.value;
    case 'null':
    case 'undefined':
      return null;
    default:
      throw new Error(`firefox-harness: cannot read a ${v.type}`);
  }
}

/**
 * Runs a function in a BiDi sandbox of the page (its own globals, untouched by the page's changes to
 * built-ins; the DOM and CSS.highlights are shared). Arrays, strings, numbers and booleans only.
 */
export async function firefoxEvaluateIsolated<T>(browser: Browser, page: Page, fn: () => T): Promise<T> {
  const connection = (browser as unknown as { connection: { send(method: string, params: object): Promise<{ result: { type: string; result?: RemoteValue; exceptionDetails?: { text: string } } }> } }).connection;
  const context = (page.mainFrame() as unknown as { browsingContext: { id: string } }).browsingContext.id;
  const { result } = await connection.send('script.callFunction', {
    functionDeclaration: fn.toString(),
    target: { context, sandbox: 'termlens-test' },
    awaitPromise: true,
  });
  if (result.type === 'exception') throw new Error(`firefoxEvaluateIsolated: ${result.exceptionDetails?.text}`);
  return fromRemote(result.result!) as T;
}

interface BiDiConnection {
  send(method: string, params: object): Promise<{ result: { type: string; result?: RemoteValue & { sharedId?: string; value?: { shadowRoot?: { sharedId?: string } | null } }; exceptionDetails?: { text: string } } }>;
}

/**
 * Runs `fn` (a function source; `this` is the root) on TermLens's closed shadow root, in a BiDi
 * sandbox — as the test driver can and the page cannot — returning plain values (objects, arrays,
 * strings, numbers, booleans). Undefined when no card is open. The Firefox twin of harness.ts's inCard.
 */
export async function firefoxInCard<T>(browser: Browser, page: Page, fn: string): Promise<T | undefined> {
  const connection = (browser as unknown as { connection: BiDiConnection }).connection;
  const context = (page.mainFrame() as unknown as { browsingContext: { id: string } }).browsingContext.id;
  const target = { context, sandbox: 'termlens-test' };
  const { result: host } = await connection.send('script.callFunction', {
    functionDeclaration: '() => document.querySelector("[data-termlens-ui]")',
    target,
    awaitPromise: false,
    serializationOptions: { includeShadowTree: 'all', maxDomDepth: 0 },
  });
  const shadow = host.result?.value?.shadowRoot?.sharedId;
  if (host.result?.type !== 'node' || !shadow) return undefined;
  const { result } = await connection.send('script.callFunction', {
    functionDeclaration: fn,
    this: { sharedId: shadow },
    target,
    awaitPromise: true,
  });
  if (result.type === 'exception') throw new Error(`firefoxInCard: ${result.exceptionDetails?.text}`);
  const value = fromRemote(result.result!);
  return (value === null ? undefined : value) as T | undefined;
}

/**
 * An extension page in a new tab, once its script can reach the extension's API. A moz-extension://
 * navigation never reports "loaded" to the driver: it is started, then polled for by hand (an
 * evaluation that races the navigation throws in Firefox's BiDi, so waitForFunction gives up).
 */
export async function firefoxExtensionPage(browser: Browser, path: string): Promise<Page> {
  const page = await browser.newPage();
  void page.goto(`moz-extension://${EXTENSION_UUID}/${path}`).catch(() => {});
  const ready = () =>
    page
      .evaluate(() => location.protocol === 'moz-extension:' && typeof (globalThis as unknown as { browser?: unknown }).browser === 'object')
      .catch(() => false);
  if (!(await until(ready, (ok) => ok))) throw new Error(`firefoxExtensionPage: ${path} did not load`);
  return page;
}

/**
 * Writes the reader's settings (undefined: clears them) from an extension page, as the options page
 * does; the content scripts hear the storage change.
 */
export async function firefoxSetSettings(browser: Browser, settings: Record<string, unknown> | undefined): Promise<void> {
  const page = await firefoxExtensionPage(browser, 'options.html');
  try {
    await page.evaluate(async (value) => {
      const storage = (globalThis as unknown as { browser: { storage: { local: { set(v: object): Promise<void>; clear(): Promise<void> } } } }).browser.storage.local;
      if (value) await storage.set({ settings: value });
      else await storage.clear();
    }, settings);
  } finally {
    await page.close();
  }
}

/**
 * Records, from now on, every request content scripts send to the background: a listener in an
 * extension page beside the background's own (which replies), since Firefox's driver cannot reach the
 * background page. Requests from one frame arrive in the order it sent them. The Firefox twin of
 * harness.ts's recordRequests.
 */
export async function firefoxRecordRequests(browser: Browser): Promise<() => Promise<SentRequest[]>> {
  const page = await firefoxExtensionPage(browser, 'options.html');
  await page.evaluate(() => {
    const scope = globalThis as unknown as { termlensTestLog: SentRequest[]; browser: { runtime: { onMessage: { addListener(fn: (m: unknown) => undefined): void } } } };
    scope.termlensTestLog = [];
    scope.browser.runtime.onMessage.addListener((message) => {
      const { type, id } = (message ?? {}) as { type?: unknown; id?: unknown };
      scope.termlensTestLog.push({ type: String(type), ...(typeof id === 'string' ? { id } : {}) });
      return undefined;
    });
  });
  return () => page.evaluate(() => (globalThis as unknown as { termlensTestLog: SentRequest[] }).termlensTestLog);
}

/**
 * Runs a function source in Firefox's own chrome window (privileged: the driver was started with
 * system access), for what no page can set up: speech voices, say.
 */
async function inFirefoxChrome(browser: Browser, fn: string): Promise<unknown> {
  const connection = (browser as unknown as { connection: BiDiConnection }).connection;
  const { result: tree } = (await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' })) as unknown as { result: { contexts: { context: string }[] } };
  const { result } = await connection.send('script.callFunction', { functionDeclaration: fn, target: { context: tree.contexts[0]!.context }, awaitPromise: true });
  if (result.type === 'exception') throw new Error(`inFirefoxChrome: ${result.exceptionDetails?.text}`);
  return fromRemote(result.result!);
}

export interface TestVoice {
  name: string;
  lang: string;
  local: boolean;
}

/**
 * Makes `voices` the browser's speech voices (replacing those a previous call added), served by a
 * recording speech service: firefoxSpoken lists what it was asked to say. Pages see the change a
 * moment later (voiceschanged), so poll speechSynthesis.getVoices() before relying on it.
 */
export async function firefoxSetVoices(browser: Browser, voices: TestVoice[]): Promise<void> {
  await inFirefoxChrome(
    browser,
    `() => {
      const registry = Cc['@mozilla.org/synth-voice-registry;1'].getService(Ci.nsISynthVoiceRegistry);
      const callback = { QueryInterface: ChromeUtils.generateQI(['nsISpeechTaskCallback']), onPause() {}, onResume() {}, onCancel() {}, onVolumeChanged() {} };
      const state = (window.termlensTestVoices ??= {
        uris: [],
        spoken: [],
        service: {
          QueryInterface: ChromeUtils.generateQI(['nsISpeechService']),
          speak(text, uri, volume, rate, pitch, task) {
            state.spoken.push([text, uri]);
            task.setup(callback);
            task.dispatchStart();
            task.dispatchEnd(0, text.length);
          },
        },
      });
      for (const uri of state.uris) registry.removeVoice(state.service, uri);
      state.uris = ${JSON.stringify(voices)}.map((v) => {
        const uri = 'urn:termlens-test:' + v.name;
        registry.addVoice(state.service, uri, v.name, v.lang, v.local, false);
        return uri;
      });
      return state.uris.length;
    }`,
  );
}

/** What the recording speech service was asked to say, as [text, voice name], oldest first. */
export async function firefoxSpoken(browser: Browser): Promise<[string, string][]> {
  const spoken = (await inFirefoxChrome(browser, '() => window.termlensTestVoices?.spoken ?? []')) as [string, string][];
  return spoken.map(([text, uri]) => [text, uri.replace('urn:termlens-test:', '')]);
}
