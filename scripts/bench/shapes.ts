/**
 * Page shapes that once made the content script a long task (issue 18's red team), each with what
 * a reader does on it: the load tests assert their counts and marks, `npm run bench` reports their
 * longest tasks and heap (shape-bench.ts). Each page sets `window.shapeReady` when it is built
 * (adjacent text nodes and a 20 MB text node are built by a script: the parser joins the one and
 * would take long over the other).
 */
import type { Page } from 'playwright-core';

/** Every `TERM_EVERY`th piece of a shape holds 天数天算 (`tianshu-tiansuan`). */
export const TERM_EVERY = 10;

const page = (title: string, body: string, script: string) =>
  `<!doctype html><html lang="zh-Hans"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}<script>${script}</script></body></html>`;

/**
 * One paragraph of `nodes` text nodes (every tenth holds 天数天算), and a clock elsewhere on the
 * page changing every 50 ms, as a live page's would.
 */
export function textNodesPage(nodes: number): string {
  return page(
    `${nodes} 个文本节点`,
    '<div id="clock">00:00:00</div><p id="huge"></p>',
    `const p = document.getElementById('huge');
     for (let i = 0; i < ${nodes}; i++) p.appendChild(document.createTextNode(i % ${TERM_EVERY} === 0 ? '天数天算，' : '平常的文字，'));
     let t = 0;
     setInterval(() => { document.getElementById('clock').textContent = '00:00:' + String(++t).padStart(2, '0'); }, 50);
     window.shapeReady = true;`,
  );
}

/** One text node of `pieces` × 1,000 characters, each piece starting with 天数天算 (20 MB of UTF-16 for 10,000). */
export function longTextNodePage(pieces: number): string {
  return page(
    `${pieces} 千字`,
    '<p id="long"></p>',
    `document.getElementById('long').appendChild(document.createTextNode(('天数天算' + '的'.repeat(996)).repeat(${pieces})));
     window.shapeReady = true;`,
  );
}

/**
 * `count` inline spans, each opened inside the one before, each with a little text (every tenth:
 * 天数天算), as HTML: the parser nests them 512 deep and puts the rest side by side at that depth
 * (Chromium's renderer crashes on 20,000 levels built by a script, with or without TermLens).
 */
export function nestedSpansPage(count: number): string {
  const open = Array.from({ length: count }, (_, i) => `<span>${i % TERM_EVERY === 0 ? '天数天算，' : '层，'}`).join('');
  return page(`${count} 层`, `<p id="deep">${open}${'</span>'.repeat(count)}</p>`, 'window.shapeReady = true;');
}

/**
 * A feed of `stories` stories whose first (the only one with 文生视频) is taken out and put back
 * every 10 ms, `flaps` times; it stays in after the last (`window.flapsDone`). Every story holds
 * 天数天算; all but the first hold MaaS.
 */
export function flappingFeedPage(stories: number, flaps: number): string {
  const items = Array.from({ length: stories }, (_, i) =>
    i === 0 ? '<article id="s0">头条：文生视频与天数天算</article>' : `<article id="s${i}">第${i}条：天数天算与MaaS平台</article>`,
  ).join('');
  return page(
    `${stories} 条`,
    `<div id="feed">${items}</div>`,
    `const feed = document.getElementById('feed');
     const first = document.getElementById('s0');
     let n = 0;
     window.shapeReady = true;
     const timer = setInterval(() => {
       if (first.isConnected) first.remove(); else feed.prepend(first);
       if (++n >= ${flaps} && first.isConnected) { clearInterval(timer); window.flapsDone = true; }
     }, 10);`,
  );
}

/** Ranges in TermLens's highlight (all of them, near the viewport or not). */
export const paintedCount = (page: Page) => page.evaluate(() => CSS.highlights.get('termlens-underline')?.size ?? 0);

/** Marks as "id of the nearest element with an id:text", sorted: where first-occurrence marks stand. */
export const paintedWhere = (page: Page) =>
  page.evaluate(() => {
    const out: string[] = [];
    CSS.highlights.get('termlens-underline')?.forEach((r) => {
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      out.push(`${r.startContainer.parentElement?.closest('[id]')?.id}:${range.toString()}`);
    });
    return out.sort();
  });

/**
 * The 天数天算 of #huge that TermLens paints near the viewport, by index of their text node: those
 * in the spans of `every` children (its sparse index's marks) whose box is within one viewport
 * height above or below the viewport. Worked out here from the page's own geometry.
 */
export function nearTermsInHuge(page: Page, every: number, screens: number): Promise<number[]> {
  return page.evaluate(
    ({ every, screens, termEvery }) => {
      const p = document.getElementById('huge')!;
      const count = p.childNodes.length;
      const range = document.createRange();
      const out: number[] = [];
      for (let from = 0; from < count; from += every) {
        range.setStart(p, from);
        range.setEnd(p, Math.min(count, from + every));
        const r = range.getBoundingClientRect();
        if (r.bottom < -screens * innerHeight || r.top > (1 + screens) * innerHeight) continue;
        for (let i = from; i < Math.min(count, from + every); i++) if (i % termEvery === 0) out.push(i);
      }
      return out;
    },
    { every, screens, termEvery: TERM_EVERY },
  );
}

/** The text nodes of #huge that hold a range of TermLens's highlight, by index. */
export function paintedInHuge(page: Page): Promise<number[]> {
  return page.evaluate(() => {
    const nodes = [...document.getElementById('huge')!.childNodes];
    const index = new Map(nodes.map((n, i) => [n, i]));
    const out: number[] = [];
    CSS.highlights.get('termlens-underline')?.forEach((r) => {
      const i = index.get(r.startContainer as ChildNode);
      if (i !== undefined) out.push(i);
    });
    return out.sort((a, b) => a - b);
  });
}

/** The centre of the second character of the `n`th text node of #huge (its 天数天算 if `n` is a multiple of TERM_EVERY). */
export function termPointInHuge(page: Page, n: number): Promise<{ x: number; y: number }> {
  return page.evaluate((n) => {
    const range = document.createRange();
    const text = document.getElementById('huge')!.childNodes[n]!;
    range.setStart(text, 1);
    range.setEnd(text, 2);
    const r = range.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  }, n);
}

/**
 * Sweeps the pointer across the viewport's lines, left to right and back, `rows` times in `steps`
 * moves each. (Each move waits for a frame: with 20,000 ranges in the highlight and a clock changing
 * the page, Chromium's frames over that paragraph take about 0.5 s on two busy cores.)
 */
export async function sweepPointer(page: Page, rows: number, steps = 40): Promise<void> {
  const { width, height } = page.viewportSize() ?? { width: 1000, height: 800 };
  for (let row = 0; row < rows; row++) {
    const y = 20 + ((row * 37) % (height - 40));
    const [from, to] = row % 2 === 0 ? [10, width - 10] : [width - 10, 10];
    await page.mouse.move(from, y);
    await page.mouse.move(to, y, { steps });
  }
}

/**
 * The text of TermLens's card, if one is open: read through its host alone (DevTools can reach the
 * closed shadow root; the page cannot). The harness's reader describes the whole document, which on
 * these pages is hundreds of thousands of nodes.
 */
export async function openCardText(page: Page): Promise<string | undefined> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { result } = (await cdp.send('Runtime.evaluate', { expression: 'document.querySelector("[data-termlens-ui]")' })) as { result: { objectId?: string } };
    if (!result.objectId) return undefined;
    interface Described {
      nodeType: number;
      nodeName: string;
      nodeValue?: string;
      attributes?: string[];
      children?: Described[];
      shadowRoots?: Described[];
    }
    const { node } = (await cdp.send('DOM.describeNode', { objectId: result.objectId, depth: -1, pierce: true })) as { node: Described };
    const parts: string[] = [];
    const collect = (n: Described) => {
      if (n.nodeName === 'STYLE') return;
      if (n.nodeType === 3) parts.push(n.nodeValue ?? '');
      // The card paints its text as generated content from data-t.
      const at = (n.attributes ?? []).findIndex((a, i) => i % 2 === 0 && a === 'data-t');
      if (at >= 0) parts.push(n.attributes![at + 1]!);
      for (const c of [...(n.shadowRoots ?? []), ...(n.children ?? [])]) collect(c);
    };
    collect(node);
    return parts.join('') || undefined;
  } finally {
    await cdp.detach();
  }
}

/** The page's JavaScript heap after a full collection (the page and the content script share it), in MB. */
export async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    return usedSize / 1024 / 1024;
  } finally {
    await cdp.detach();
  }
}
