/**
 * The marks TermLens paints in its private layer (own terms: lib/dom/private-layer.ts), read where
 * a page cannot: through the DevTools protocol's pierced DOM (Chromium) or WebDriver BiDi's
 * serialization of closed shadow trees (Firefox). Each is the marked text (on a mark's first box)
 * and that box's place in the viewport.
 */
import type { Page } from 'playwright-core';
import type { Browser as PuppeteerBrowser, Page as PuppeteerPage } from 'puppeteer-core';
import type { DomNode } from './harness';

export interface PrivateMark {
  text: string;
  left: number;
  top: number;
  width: number;
  height: number;
}

const LAYER_ATTRIBUTE = 'data-termlens-marks';

/** A box's `style` attribute (left:…px;top:…px;width:…px;height:…px) as numbers. */
function markOf(text: string, style: string): PrivateMark {
  const px = (name: string) => Number(new RegExp(`(?:^|;)${name}:(-?[\\d.]+)px`).exec(style)?.[1] ?? NaN);
  return { text, left: px('left'), top: px('top'), width: px('width'), height: px('height') };
}

const byPlace = (a: PrivateMark, b: PrivateMark) => a.top - b.top || a.left - b.left;

/** Chromium: the private layer's marks in the page's top frame, top to bottom. */
export async function privateMarks(page: Page): Promise<PrivateMark[]> {
  const cdp = await page.context().newCDPSession(page);
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  await cdp.detach();
  const attr = (n: DomNode, name: string) => {
    const list = n.attributes ?? [];
    for (let i = 0; i < list.length; i += 2) if (list[i] === name) return list[i + 1];
    return undefined;
  };
  const out: PrivateMark[] = [];
  const visit = (n: DomNode, inLayer: boolean) => {
    if (inLayer && n.nodeName === 'I' && attr(n, 'data-t') !== undefined) out.push(markOf(attr(n, 'data-t')!, attr(n, 'style') ?? ''));
    const layer = inLayer || attr(n, LAYER_ATTRIBUTE) !== undefined;
    for (const c of [...(n.shadowRoots ?? []), ...(n.children ?? [])]) visit(c, layer);
  };
  visit(root, false);
  return out.sort(byPlace);
}

interface Serialized {
  type?: string;
  value?: { nodeType: number; localName?: string; attributes?: Record<string, string>; children?: Serialized[]; shadowRoot?: Serialized | null };
}

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: { result?: Serialized } }>;
}

const LAYER_QUERY = `() => document.querySelector('[${LAYER_ATTRIBUTE}]')`;

/** Firefox: the same, through WebDriver BiDi (closed shadow trees serialized on request). */
export async function firefoxPrivateMarks(browser: PuppeteerBrowser, page: PuppeteerPage): Promise<PrivateMark[]> {
  const connection = (browser as unknown as { connection: BidiConnection }).connection;
  const context = (page.mainFrame() as unknown as { browsingContext: { id: string } }).browsingContext.id;
  const reply = await connection.send('script.callFunction', {
    functionDeclaration: LAYER_QUERY,
    target: { context },
    awaitPromise: false,
    serializationOptions: { maxDomDepth: 64, includeShadowTree: 'all' },
  });
  const out: PrivateMark[] = [];
  const visit = (n: Serialized | null | undefined) => {
    if (!n?.value) return;
    const { localName, attributes } = n.value;
    if (localName === 'i' && attributes?.['data-t'] !== undefined) out.push(markOf(attributes['data-t'], attributes.style ?? ''));
    visit(n.value.shadowRoot);
    for (const c of n.value.children ?? []) visit(c);
  };
  visit(reply.result.result);
  return out.sort(byPlace);
}

/** Chromium: the texts the private layer marks, top to bottom. */
export const privateTexts = async (page: Page): Promise<string[]> => (await privateMarks(page)).map((m) => m.text);

/** Firefox: likewise. */
export const firefoxPrivateTexts = async (browser: PuppeteerBrowser, page: PuppeteerPage): Promise<string[]> => (await firefoxPrivateMarks(browser, page)).map((m) => m.text);
