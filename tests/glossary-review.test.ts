/** Pinyin review and word boundaries in the glossary build: a regression fails the build or these tests. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { boundariesOf, type Segmenter } from '../lib/glossary/build/boundaries';
import { buildGlossary, type GlossaryBuildError, type GlossaryInputs } from '../lib/glossary/build/build';
import { checkReading } from '../lib/glossary/build/pinyin-review';
import type { Glossary } from '../lib/glossary/types';

const glossary = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'data', 'glossary.json'), 'utf8')) as Glossary;
const byId = (id: string) => glossary.terms.find((t) => t.id === id)!;
const nothingSettled = () => false;

/** A segmenter over a tiny dictionary: longest dictionary word first, else one character. */
function tinySegmenter(entries: Record<string, number>, setPhrases: string[] = []): Segmenter {
  const words = new Map(Object.entries(entries));
  return {
    words,
    setPhrases: new Set(setPhrases),
    cut(text) {
      // Maximum product of relative frequencies, like jieba's DAG (unknown characters: frequency 1).
      const total = [...words.values()].reduce((a, b) => a + b, 0);
      const best: { score: number; cut: string[] }[] = [{ score: 0, cut: [] }];
      for (let end = 1; end <= text.length; end++) {
        let pick = { score: -Infinity, cut: [] as string[] };
        for (let start = Math.max(0, end - 6); start < end; start++) {
          const piece = text.slice(start, end);
          const freq = words.get(piece) ?? (piece.length === 1 ? 1 : 0);
          if (freq === 0) continue;
          const score = best[start]!.score + Math.log(freq / total);
          if (score > pick.score) pick = { score, cut: [...best[start]!.cut, piece] };
        }
        best[end] = pick;
      }
      return best[text.length]!.cut;
    },
  };
}

describe('pinyin review', () => {
  it('publishes the reviewed readings the dictionaries got wrong: 星载 zài, 量 liàng, 通义万相 xiàng', () => {
    expect(byId('onboard-computing').pinyin).toBe('xīng zài jì suàn');
    expect(byId('onboard-intelligence').pinyin).toBe('xīng zài zhì néng');
    expect(byId('model-lightweighting').pinyin).toBe('qīng liàng huà');
    expect(byId('vector-database').pinyin).toBe('xiàng liàng shù jù kù');
    expect(byId('tpu').formPinyin['张量处理器']).toBe('zhāng liàng chǔ lǐ qì');
    expect(byId('tongyi-wanxiang').pinyin).toBe('tōng yì wàn xiàng');
  });

  it('asks for review where the two dictionaries disagree: 星载 zǎi or zài', () => {
    expect(checkReading('星载计算', undefined, () => true).problem).toContain('载: zǎi or zài');
  });

  it('asks for review where a polyphonic character is read by itself: 相 in 通义万相', () => {
    expect(checkReading('通义万相', undefined, nothingSettled).problem).toContain('相: xiāng, by the character alone');
  });

  it('accepts a reviewed reading, and refuses one that is not a reading of its character', () => {
    expect(checkReading('星载计算', 'xīng zài jì suàn', nothingSettled)).toEqual({ reading: 'xīng zài jì suàn' });
    expect(checkReading('星载计算', 'xīng zhài jì suàn', nothingSettled).problem).toBe('reviewed reading "zhài" is not a reading of 载');
    expect(checkReading('星载计算', 'xīng zài jì', nothingSettled).problem).toBe('reviewed reading "xīng zài jì" has 3 syllables for 4 characters');
  });

  it('keeps Latin runs out of the syllables: 星载AI', () => {
    expect(checkReading('星载AI', 'xīng zài AI', nothingSettled)).toEqual({ reading: 'xīng zài AI' });
  });

  it('fails the build naming the term and form until the reading is reviewed, and reports stale reviews', () => {
    const terms = (readings?: Record<string, string>) => ({
      categories: [{ id: 'space', zh: '航天', en: 'Space' }],
      terms: [{ id: 'onboard', term: '星载计算', english: 'onboard computing', category: 'space', definition: { zh: '在卫星上计算。', en: 'Computing aboard.' } }],
      ...(readings ? { readings } : {}),
    });
    const input = (readings?: Record<string, string>): GlossaryInputs => ({
      terms: terms(readings),
      sources: { sources: [{ id: 'a', file: 'a.txt', sha256: 'a'.repeat(64), title: '甲', publication: '报', author: '记者', date: '2024', script: 'zh-Hans', stories: [{ heading: '星载计算', author: '记者' }] }] },
      seeds: { 'a.txt': '星载计算是一种卫星技术。' },
      segmenter: () => tinySegmenter({ 计算: 100, 卫星: 100 }),
    });
    const problems = (readings?: Record<string, string>) => {
      try {
        buildGlossary(input(readings));
        return [];
      } catch (error) {
        return (error as GlossaryBuildError).problems;
      }
    };
    expect(problems()).toEqual(['term "onboard" form "星载计算": reading "xīng zǎi jì suàn" needs review (载: zǎi or zài)']);
    expect(problems({ 星载计算: 'xīng zài jì suàn' })).toEqual([]);
    expect(problems({ 星载计算: 'xīng zài jì suàn', 星载: 'xīng zài' })).toEqual(['readings: "星载" is not a form of any term (remove it)']);
  });
});

describe('word boundaries from a segmentation dictionary', () => {
  const segmenter = tinySegmenter(
    { 智能: 800, 体验: 1700, 体系: 7900, 系统: 20600, 平台: 9000, 的: 300000, 板上钉钉: 16, 一点: 14000, 云: 3000, 钉: 500 },
    ['板上钉钉'],
  );

  it('excludes the contexts where an ordinary word cuts through the form: 智能体验, 智能体系, 板上钉钉', () => {
    const b = boundariesOf('智能体', tinySegmenter({ 智能: 800, 体验: 1700, 体系: 7900, 系统: 20600, 平台: 9000, 的: 300000, 智能体: 3 }));
    expect(b.exclude).toEqual(['智能体验', '智能体系']);
    expect(boundariesOf('钉钉', tinySegmenter({ 板上钉钉: 16, 钉钉: 3, 板: 400, 上: 9000 }, ['板上钉钉'])).exclude).toEqual(['板上钉钉']);
  });

  it('keeps a form in a real compound its collocations make, however rare the word (权重量化, not 重量化)', () => {
    const words = { 重量: 3000, 权重: 127, 量化: 117, 化: 500, 权: 30 };
    expect(boundariesOf('量化', tinySegmenter(words))).toEqual({ exclude: ['重量化'], keep: [] });
    expect(boundariesOf('量化', tinySegmenter(words), ['权重'])).toEqual({ exclude: ['重量化'], keep: ['权重量化'] });
    expect(segmenter.cut('一点云')).toEqual(['一点', '云']);
  });

  it('keeps the longer context where a further word restores the form: 智能体系统', () => {
    const b = boundariesOf('智能体', tinySegmenter({ 智能: 800, 体系: 7900, 系统: 20600, 智能体: 3 }));
    expect(b.keep).toEqual(['智能体系统']);
  });

  it('records the generated contexts in the committed glossary', () => {
    expect(byId('ai-agent').exclude).toEqual(expect.arrayContaining(['智能体验', '智能体育', '智能体检', '智能体系']));
    expect(byId('ai-agent').keep).toEqual(expect.arrayContaining(['智能体系统']));
    expect(byId('dingtalk').exclude).toEqual(expect.arrayContaining(['板上钉钉', '铁板钉钉']));
    expect(byId('point-cloud').exclude).toEqual(expect.arrayContaining(['一点云', '有点云']));
    expect(byId('central-soe').exclude).toEqual(expect.arrayContaining(['中央企']));
    expect(byId('xingping').exclude).toEqual(expect.arrayContaining(['明星屏']));
    expect(byId('hisilicon').exclude).toEqual(expect.arrayContaining(['大海思', '海思念']));
    expect(byId('full-localisation').exclude).toEqual(expect.arrayContaining(['完全国产化']));
  });
});

describe('Traditional text review', () => {
  it('converts prose by characters plus reviewed Taiwan phrases only', async () => {
    const { traditionalProse } = await import('../lib/glossary/build/script-variants');
    expect(traditionalProse('模型参数在轨运行后发布')).toBe('模型參數在軌運行後發布');
    expect(traditionalProse('现场可编程门阵列可重新编程')).toBe('現場可編程門陣列可重新編程');
    expect(traditionalProse('视频软件和芯片')).toBe('影片軟體和晶片');
  });

  it('keeps names whole: 空天信息创新研究院 is not rewritten to 空天資訊', async () => {
    const { traditionalProse } = await import('../lib/glossary/build/script-variants');
    expect(traditionalProse('空天信息创新研究院发布信息', ['空天信息创新研究院'])).toBe('空天信息創新研究院發布資訊');
  });

  it('has no blanket Taiwan phrase in the committed definitions: 引數, 在軌執行, 程式設計, 釋出, 空天資訊', () => {
    const hant = glossary.terms.map((t) => t.definition.zhHant ?? '').join('\n');
    for (const wrong of ['引數', '在軌執行', '程式設計', '釋出', '空天資訊']) expect(hant, wrong).not.toContain(wrong);
    expect(byId('fpga').definition.zhHant).toContain('現場可編程門陣列');
  });

  it('matches the Taiwan forms readers write: 大型語言模型, 向量資料庫, 腦機介面, 輝達', () => {
    expect(byId('large-language-model').forms).toContain('大型語言模型');
    expect(byId('vector-database').forms).toContain('向量資料庫');
    expect(byId('brain-computer-interface').forms).toContain('腦機介面');
    expect(byId('nvidia').forms).toContain('輝達');
    expect(byId('on-orbit').forms).not.toContain('在軌執行');
    expect(byId('fpga').forms).not.toContain('現場可程式設計門陣列');
  });
});
