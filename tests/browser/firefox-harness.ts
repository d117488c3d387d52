/**
 * Debian's Firefox ESR with the built Firefox extension, through puppeteer-core over WebDriver BiDi:
 * a temporary add-on with a pinned moz-extension uuid.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll } from 'vitest';
import { ROOT, serveFixtures } from './harness';

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
export async function launchFirefox({ headless = true } = {}): Promise<Browser> {
  requireFirefoxBuild();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless,
    // Opening moz-extension:// pages over BiDi needs it.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [geckoId()]: EXTENSION_UUID }) },
  });
  await browser.installExtension(FIREFOX_BUILD);
  return browser;
}

/** Firefox with the extension and the fixture server for one test file (`generated`: pages made on the fly, as serveFixtures takes them). */
export function firefoxSuite(generated: Record<string, () => string> = {}) {
  const state: { browser?: Browser; server?: Server; url?: (file: string) => string } = {};
  beforeAll(async () => {
    requireFirefoxBuild();
    const served = await serveFixtures(generated);
    state.server = served.server;
    state.url = served.url;
    state.browser = await launchFirefox();
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
    case 'string':
    case 'number':
    case 'boolean':
      return v.value;
    case 'null':
    case 'undefined':
      return null;
    default:
      throw new Error(`firefoxEvaluateIsolated: cannot read a ${v.type}`);
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
