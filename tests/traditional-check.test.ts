/** Traditional text: proper names kept as written, common nouns in Taiwan wording, mainland words failing the build. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildGlossary, type GlossaryInputs } from '../lib/glossary/build/build';
import { problemsOf } from './glossary-problems';
import { isProperName } from '../lib/glossary/build/proper-names';
import { mainlandWordsIn } from '../lib/glossary/build/traditional-check';
import type { Glossary } from '../lib/glossary/types';

const committed = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'data', 'glossary.json'), 'utf8')) as Glossary;
const byId = (id: string) => committed.terms.find((t) => t.id === id)!;

type TermInput = Record<string, unknown>;
const term = (id: string, text: string, zh: string, extra: TermInput = {}): TermInput => ({
  id, term: text, english: id, category: 'models', tier: 'core', definition: { zh, en: `Definition of ${id}.` }, ...extra,
});

function inputs(terms: TermInput[]): GlossaryInputs {
  return {
    terms: { categories: [{ id: 'models', zh: '模型与技术', en: 'Models & techniques' }], terms },
    sources: { sources: [{ id: 'a', file: 'a.txt', sha256: 'a'.repeat(64), title: '甲', publication: '报', author: '记者', date: '2024', script: 'zh-Hans', stories: [{ heading: '甲', author: '记者' }] }] },
    seeds: { 'a.txt': '甲。' },
  };
}

describe('mainland words in Traditional text', () => {
  it('finds each reviewed mainland word with its Taiwan counterpart and place', () => {
    expect(mainlandWordsIn('這個程序的質量很好，用晶片。', [])).toEqual([
      { word: '程序', taiwan: '程式', at: 2 },
      { word: '質量', taiwan: '品質', at: 5 },
    ]);
    expect(mainlandWordsIn('人工智能芯片與數據中心', [])).toEqual([
      { word: '人工智能', taiwan: '人工智慧', at: 0 },
      { word: '芯片', taiwan: '晶片', at: 4 },
      { word: '數據中心', taiwan: '資料中心', at: 7 },
    ]);
  });

  it('does NOT flag a word inside a kept name (given in either script) or a reviewed wording that holds it (數字人民幣)', () => {
    expect(mainlandWordsIn('中國電信人工智能研究院發布', ['中国电信人工智能研究院'])).toEqual([]);
    expect(mainlandWordsIn('騰訊視頻上線', ['騰訊視頻'])).toEqual([]);
    expect(mainlandWordsIn('數字人民幣與數字人', [])).toEqual([{ word: '數字人', taiwan: '數位人', at: 6 }]);
  });
});

describe('the build and Traditional text', () => {
  it('fails on a mainland word the converter leaves to a person, naming the term, field and words around it', () => {
    expect(problemsOf(inputs([term('chatbot', '聊天机器人', '与人对话的软件程序。')]))).toEqual([
      'term "chatbot": definition zhHant keeps the mainland word "程序" (Taiwan: 程式) in "…與人對話的軟體程序。…": reword the zh text, ' +
        'add a reviewed phrase to lib/glossary/build/taiwan-phrases.ts, or list the name it stands in under keepInTraditional',
    ]);
  });

  it('passes once the data excuses it with keepInTraditional', () => {
    const g = buildGlossary(inputs([term('chatbot', '聊天机器人', '微信小程序里的聊天机器人。', { keepInTraditional: ['微信小程序'] })]));
    expect(g.terms[0]!.definition.zhHant).toBe('微信小程序裡的聊天機器人。');
  });

  it('rewords common nouns in prose and forms, but never a proper name: 人工智能 → 人工智慧, 百川智能 stays', () => {
    const g = buildGlossary(
      inputs([
        term('artificial-intelligence', '人工智能', '让机器模仿人类智能的技术。'),
        term('baichuan', '百川智能', '百川智能是一家人工智能公司。', { english: 'Baichuan AI' }),
        term('coze', 'Coze', '字节跳动的平台，国内版名为“扣子”。', { english: 'Coze' }),
      ]),
    );
    const [ai, baichuan, coze] = g.terms;
    expect(ai!.forms).toEqual(['人工智能', '人工智慧']);
    expect(baichuan!.forms).toEqual(['百川智能']);
    expect(baichuan!.definition.zhHant).toBe('百川智能是一家人工智慧公司。');
    expect(coze!.definition.zhHant).toBe('字節跳動的平臺，國內版名為“扣子”。');
  });

  it('accepts a name\'s veto of a Taiwan wording or OpenCC spelling it no longer gets (百川智慧, 釦子空間), and still fails a stale one', () => {
    const vetoing = (veto: string[]) => [
      term('baichuan', '百川智能', '百川智能是一家公司。', { english: 'Baichuan AI', forms: { veto } }),
      term('coze-space', '扣子空间', '字节跳动的智能体产品。', { english: 'Coze Space', forms: { veto: ['釦子空間'] } }),
    ];
    expect(buildGlossary(inputs(vetoing(['百川智慧']))).terms.map((t) => t.forms)).toEqual([['百川智能'], ['扣子空间', '扣子空間']]);
    expect(problemsOf(inputs(vetoing(['百川智能科技'])))).toEqual(['term "baichuan": vetoed form "百川智能科技" is not a generated form (百川智能)']);
  });

  it('takes a proper name from the data, else from a capital and a small letter in the English name', () => {
    expect(isProperName({ english: 'Baichuan AI' })).toBe(true);
    expect(isProperName({ english: 'AI-generated content' })).toBe(false);
    expect(isProperName({ english: 'EU AI Act' })).toBe(false);
    expect(isProperName({ english: 'large model' })).toBe(false);
    expect(isProperName({ english: 'Software-as-a-Service', properName: false })).toBe(false);
  });
});

describe('the committed glossary in Traditional', () => {
  const prose = (id: string) => byId(id).definition.zhHant ?? '';

  it('writes 人工智慧, 晶片, 影片, 奈米, 電晶體, 資料中心 in definitions, not the mainland words', () => {
    expect(prose('generative-ai')).toContain('人工智慧');
    expect(prose('advanced-process')).toContain('奈米');
    expect(prose('advanced-process')).toContain('電晶體');
    expect(prose('h100')).toContain('資料中心');
    // Names keep their characters (WeChat Channels is 視頻號 in Taiwan too, Tencent Video 騰訊視頻).
    const all = committed.terms.flatMap((t) => [t.definition.zhHant ?? '', t.inSources?.zhHant ?? '']).join('\n').replace(/視頻號|騰訊視頻/g, '');
    for (const wrong of ['芯片', '視頻', '納米', '晶體管', '數據中心', '釦子']) expect(all, wrong).not.toContain(wrong);
  });

  it('keeps names as written: 扣子, 百川智能 (no 百川智慧 form), 中國電信人工智能研究院', () => {
    expect(prose('coze')).toContain('“扣子”');
    expect(byId('baichuan').forms).not.toContain('百川智慧');
    expect(byId('teleai').forms).toContain('中國電信人工智能研究院');
    expect(byId('teleai').forms).not.toContain('中國電信人工智慧研究院');
  });

  it('matches the Taiwan forms readers write: 數位人, 語音辨識, 人類回饋, 多代理系統', () => {
    expect(byId('digital-human').forms).toContain('數位人');
    expect(byId('speech-recognition').forms).toContain('語音辨識');
    expect(byId('rlhf').forms).toContain('人類回饋強化學習');
    expect(byId('multi-agent').forms).toContain('多代理系統');
  });
});
