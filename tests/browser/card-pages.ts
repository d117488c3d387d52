/** Pages the card tests open in both browsers (Chromium and Firefox), so both assert on the same pages. */

/** Terms at the top, middle, bottom and right edge of the viewport, fixed where they are. */
export const PLACES_PAGE = `<!doctype html><html lang="zh-Hans"><head><meta charset="utf-8"><style>
  body { margin: 0; font: 18px/1.6 sans-serif; height: 3000px; }
  p { position: fixed; margin: 0; white-space: nowrap; }
</style></head><body>
<p id="top" style="top: 4px; left: 40px">顶部：天数天算</p>
<p id="middle" style="top: calc(50% - 12px); left: 40%">中间：全模态大模型</p>
<p id="bottom" style="bottom: 4px; left: 30%">底部：万卡集群</p>
<p id="right" style="top: 30%; right: 4px">右边：MaaS</p>
</body></html>`;

/** A dark page: its card must be dark whatever the system scheme. */
export const DARK_PAGE = `<!doctype html><html lang="zh-Hans"><head><meta charset="utf-8"><style>
  body { margin: 40px; font: 18px/1.6 sans-serif; background: #111; color: #eee; }
</style></head><body><p id="p">据报道，天数天算计划正在推进，全模态大模型也在路上。</p></body></html>`;

/** A page whose stylesheet throws everything at the card's host. */
export const HOSTILE_CARD_PAGE = `<!doctype html><html lang="zh-Hans"><head><meta charset="utf-8"><style>
  body { margin: 40px; font: 18px/1.6 sans-serif; }
  /* Everything a stylesheet can throw at the host. */
  [data-termlens-ui], html > div, div:last-child {
    display: none !important; visibility: hidden !important; opacity: 0 !important; top: -9999px !important; left: -9999px !important;
    transform: scale(0) !important; clip-path: inset(50%) !important; pointer-events: none !important;
    --tl-display: none; --tl-top: -9999px; --tl-left: -9999px;
  }
</style></head><body>
<p id="a">第一段：天数天算已经验证。</p>
<p id="b">第二段：全模态大模型正在训练。</p>
</body></html>`;

/** Runs before the content script: pre-defines the old host name, and records what the page can see. */
export const HOSTILE_CARD_INIT = `
  window.__internals = [];
  customElements.define('termlens-card', class extends HTMLElement {
    constructor() { super(); window.__internals.push(this.attachInternals()); }
  });
  window.__inserted = 0;
  new MutationObserver((records) => {
    for (const r of records) for (const n of r.addedNodes) if (n.nodeType === 1 && n.hasAttribute('data-termlens-ui')) window.__inserted++;
  }).observe(document, { childList: true, subtree: true });
`;

/** Two terms that touch, and a third far below: a path from the first down to its card crosses the second. */
export const ADJACENT_PAGE = `<!doctype html><html lang="zh-Hans"><head><meta charset="utf-8"><style>
  body { margin: 40px; font: 18px/1.6 sans-serif; }
</style></head><body>
<p id="a">训练全模态大模型MaaS平台。</p>
<p id="c" style="margin-top: 600px">另一段：天数天算。</p>
</body></html>`;

/** Reader text (side panel) whose two terms touch: a path from the first down to its popover crosses the second. */
export const ADJACENT_READER_TEXT = '训练全模态大模型MaaS平台';

/** A card's text to read, select and look up in; a title and a paragraph to select whole. */
export const DICTIONARY_READING_PAGE = `<!doctype html><html lang="zh-Hans"><head><meta charset="utf-8"><style>
  body { margin: 40px; font: 18px/1.6 sans-serif; }
  textarea { display: block; margin-top: 400px; }
</style></head><body>
<h1 id="t"><em>今天</em>的新闻</h1>
<p id="a">第一段：天数天算已经验证。</p>
<p id="q">天数天算已经验证，后面还有文字。</p>
<p id="own">团队在做蜂群编排的实验。</p>
<textarea id="paste"></textarea>
</body></html>`;
