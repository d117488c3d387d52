/** The trap and real-use sentences on one page in Chromium with the built extension. */
import { describe, expect, it } from 'vitest';
import { REAL_USES, TRAPS, type SentenceCase } from '../fixtures/sense-sentences';
import { extensionSuite, settledMarks } from './harness';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const paragraph = (c: SentenceCase) => `<p title="${escape(c.why)}">${escape(c.text)}</p>`;

/**
 * Traps and real uses interleaved, and glossary forms inside code, pre, kbd and samp (Han forms
 * marked there, Latin ones not). Traps that hold only on a page of their own are left out: this
 * page is about technology.
 */
function sentencesPage(): string {
  const cases: SentenceCase[] = [];
  for (let i = 0; i < Math.max(TRAPS.length, REAL_USES.length); i++) {
    if (TRAPS[i] && !TRAPS[i]!.alone) cases.push(TRAPS[i]!);
    if (REAL_USES[i]) cases.push(REAL_USES[i]!);
  }
  return `<!doctype html><html lang="zh"><meta charset="utf-8"><title>Traps and real uses</title>
<style>p, pre { margin: 0; font: 14px/18px sans-serif }</style><body>
${cases.map(paragraph).join('\n')}
<p>调用<code>img_prompt</code>和<code>大模型</code>接口</p>
<pre>GPT-4 大模型 智能体</pre>
<p>按<kbd>Sora</kbd>键，输出<samp>全模态大模型</samp></p>
</body></html>`;
}

const suite = extensionSuite({ '/sense-sentences.html': sentencesPage });

describe('trap and real-use sentences in Chromium', () => {
  it('marks every real use exactly, NOTHING in the traps, and only the Han forms in code, pre, kbd and samp', async () => {
    const expected: string[] = [];
    for (let i = 0; i < Math.max(TRAPS.length, REAL_USES.length); i++) expected.push(...(REAL_USES[i]?.marks ?? []));
    // img_prompt, GPT-4 and Sora are identifiers there; 大模型, 智能体 and 全模态大模型 are prose.
    expected.push('大模型', '大模型', '智能体', '全模态大模型');
    const page = await suite.open('sense-sentences.html');
    // Ranges are painted near the viewport: make the whole page one viewport.
    await page.setViewportSize({ width: 1200, height: 6000 });
    expect(await settledMarks(page, expected.length)).toEqual(expected);
    await page.close();
  });
});
