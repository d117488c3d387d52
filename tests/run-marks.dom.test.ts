/** What the run reader tells the matcher beyond the text: inline element meetings and code. */
import { describe, expect, it } from 'vitest';
import { createOwnRunReader, readDirectRuns } from '../lib/dom/text-runs';
import { compileMatcher } from '../lib/matcher/compile';
import { entriesOfTerms, type MatchableTerm } from '../lib/matcher/entries';

const terms: MatchableTerm[] = [
  { id: 'openai', forms: ['OpenAI'], caseSensitive: true, exclude: [] },
  { id: 'anthropic', forms: ['Anthropic'], caseSensitive: true, exclude: [] },
  { id: 'deepseek', forms: ['DeepSeek'], caseSensitive: true, exclude: [] },
  { id: 'gpt-4', forms: ['GPT-4'], caseSensitive: true, exclude: [] },
  { id: 'multimodal', forms: ['多模態', '多模态'], caseSensitive: true, exclude: [] },
  { id: 'llm', forms: ['大模型'], caseSensitive: true, exclude: [] },
];
const matcher = compileMatcher(entriesOfTerms(terms), []);

function block(html: string): HTMLElement {
  const el = document.createElement('div');
  el.innerHTML = html;
  document.body.append(el);
  return el;
}

/** The marks on a block's only run, as the annotator finds them. */
function marksIn(container: Node): string[] {
  const [run] = createOwnRunReader(container, { textOnly: true }).collect(Infinity).runs;
  const found: number[] = [];
  const n = matcher.find(run!.text, found, 0, run!.text.length, 0, run!.text.length, run!.marks);
  const out: string[] = [];
  for (let k = 0; k < n; k += 3) out.push(run!.text.slice(found[k]!, found[k + 1]!));
  return out;
}

describe('inline elements meeting between letters or digits', () => {
  it('are token boundaries: every chip of a row is marked', () => {
    const row = block('<span>OpenAI<b>14</b></span><span>Anthropic<b>7</b></span><span>DeepSeek<b>5</b></span>');
    const [run] = readDirectRuns(row);
    expect(run!.text).toBe('OpenAI14Anthropic7DeepSeek5');
    expect(run!.marks?.breaks).toEqual([6, 8, 17, 18, 26]);
    expect(marksIn(row)).toEqual(['OpenAI', 'Anthropic', 'DeepSeek']);
  });

  it('are no boundary inside one text node, and none where a Han character or a space meets', () => {
    expect(marksIn(block('OpenAI14Anthropic7'))).toEqual([]);
    const [run] = readDirectRuns(block('<b>大</b>模型 <i>GPT-4</i> 好'));
    expect(run!.marks).toBeUndefined();
  });

  it('keep the hyphen rule: GPT-4 is not in GPT-4o written across elements', () => {
    expect(marksIn(block('<b>GPT-4</b>o'))).toEqual(['GPT-4']);
    expect(marksIn(block('GPT-<b>4o</b>'))).toEqual([]);
  });
});

describe('code and pre', () => {
  it('marks Han forms in pre and code, and not Latin forms there', () => {
    const pre = block('<pre>- 多模態 理解\n- GPT-4 與 OpenAI</pre>').firstElementChild!;
    expect(readDirectRuns(pre)[0]!.marks?.code).toEqual([0, 25]);
    expect(marksIn(pre)).toEqual(['多模態']);
  });

  it('marks Latin forms in the prose around inline code', () => {
    const p = block('<p>OpenAI 的 <code>OpenAI.chat()</code> 调用大模型</p>').firstElementChild!;
    const [run] = readDirectRuns(p);
    expect(run!.marks?.code).toEqual([9, 22]);
    expect(marksIn(p)).toEqual(['OpenAI', '大模型']);
  });

  it('reads a block inside pre as code too', () => {
    const div = block('<pre><div>OpenAI 多模态</div></pre>').querySelector('div')!;
    expect(marksIn(div)).toEqual(['多模态']);
  });
});
