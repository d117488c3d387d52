/** The candidate miner on small texts with known answers: the terms planted in them and nothing else. */
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { dictionariesOf } from '../lib/glossary/build/candidates/dictionaries';
import { candidatesTsv, mineCandidates, sentenceAt, type Dictionaries } from '../lib/glossary/build/candidates/mine';
import { readArticles } from '../lib/glossary/build/candidates/read-articles';
import { stringStats } from '../lib/glossary/build/candidates/stats';
import { runsOf } from '../lib/glossary/build/candidates/units';

const FIXTURE = join(import.meta.dirname, 'fixtures', 'candidates', 'ev-news.txt');
const evNews = readFileSync(FIXTURE, 'utf8');

/** The fixture's ordinary words, as jieba's common words would remove them. */
const COMMON = new Set(
  '车主 业内 认为 可以 缓解 充电 焦虑 标准 统一 发布 新车 搭载 电池 测试 厂商 表示 成本 正在 下降 今年 更多 运营商 宣布 开通 网络 明年 城市 支持 自动驾驶 监管部门 研究 事故 责任 车型 已经 上路 系统 上市 用户 手机 查看 车辆 状态 车企'.split(' '),
);
const fakeDictionaries = (glossary: string[] = ['比亚迪', '智能驾驶']): Dictionaries => ({
  inGlossary: (text) => glossary.includes(text),
  jiebaFrequency: () => undefined,
  inCedict: () => false,
  isCommon: (text) => COMMON.has(text),
});
const OPTIONS = { minCount: 3, minCohesion: 2, minEntropy: 1, maxUnits: 6 };

describe('units and statistics', () => {
  it('cuts text into Han characters and Latin tokens, joining two Latin tokens across one space', () => {
    const text = '用Claude Code测5G-A和L3级，2024年';
    const runs = runsOf(text).map((run) => run.map((u) => `${text.slice(u.start, u.end)}:${u.kind}`));
    expect(runs).toEqual([
      ['用:han', 'Claude:latin', 'Code:latin', '测:han', '5G-A:latin', '和:han', 'L3:latin', '级:han'],
      ['2024:number', '年:han'],
    ]);
  });

  it('gives the count, the PMI of the weakest split and each edge\'s entropy, as worked out by hand', () => {
    const text = '甲乙甲乙丙';
    const stats = stringStats([{ text, runs: runsOf(text) }], { maxUnits: 2, minCount: 2 });
    // 5 units; 甲乙 twice: log2((2/5) / ((2/5)(2/5))) = log2(2.5). Before it: the run's edge, then 乙; after it: 甲, then 丙.
    const pair = stats.find((s) => s.text === '甲乙')!;
    expect(pair).toEqual({ text: '甲乙', count: 2, units: 2, cohesion: expect.any(Number), leftEntropy: 1, rightEntropy: 1 });
    expect(pair.cohesion).toBeCloseTo(Math.log2(2.5), 12);
    // A single unit has no split; 甲 is followed by 乙 both times: no freedom on its right.
    expect(stats.find((s) => s.text === '甲')).toEqual({ text: '甲', count: 2, units: 1, leftEntropy: 1, rightEntropy: 0 });
    expect(stats.map((s) => s.text).sort()).toEqual(['乙', '甲', '甲乙']);
  });
});

describe('mineCandidates', () => {
  it('finds exactly the terms planted in the fixture, best first: 刀片电池, 换电, L3级, 5G-A', () => {
    const found = mineCandidates([{ file: 'ev-news.txt', text: evNews }], fakeDictionaries(), OPTIONS);
    expect(found.map((c) => [c.text, c.kind, c.count])).toEqual([
      ['刀片电池', 'han', 4],
      ['换电', 'han', 4],
      ['L3级', 'mixed', 3],
      ['5G-A', 'latin', 3],
    ]);
    expect(found[0]!.examples).toEqual([
      { file: 'ev-news.txt', sentence: '比亚迪发布新车，搭载刀片电池；' },
      { file: 'ev-news.txt', sentence: '刀片电池通过了针刺测试。' },
    ]);
  });

  it('leaves out what the glossary already has, and common words', () => {
    const found = mineCandidates([{ file: 'a.txt', text: evNews }], fakeDictionaries(['比亚迪', '智能驾驶', '刀片电池', '5G-A']), OPTIONS);
    expect(found.map((c) => c.text)).toEqual(['换电', 'L3级']);
  });

  it('ranks a dictionary word below new jargon of the same standing, and marks where the dictionaries know it', () => {
    const dictionaries = { ...fakeDictionaries(), jiebaFrequency: (t: string) => (t === '换电' ? 999 : undefined), inCedict: (t: string) => t === '换电' };
    const found = mineCandidates([{ file: 'a.txt', text: evNews }], dictionaries, OPTIONS);
    expect(found.map((c) => c.text)).toEqual(['刀片电池', 'L3级', '5G-A', '换电']);
    expect(found[3]).toMatchObject({ jiebaFrequency: 999, inCedict: true });
  });

  it('writes TSV with a header, one row per candidate, two examples with their files', () => {
    const tsv = candidatesTsv(mineCandidates([{ file: 'ev-news.txt', text: evNews }], fakeDictionaries(), OPTIONS)).split('\n');
    expect(tsv[0]).toBe('candidate\tkind\tcount\tcohesion\tleft_entropy\tright_entropy\tscore\tjieba_freq\tin_cedict\tfile_1\texample_1\tfile_2\texample_2');
    expect(tsv[4]!.split('\t')).toEqual(['5G-A', 'latin', '3', '', '1.58', '1.58', '3.17', '', '', 'ev-news.txt', '运营商宣布开通5G-A网络，5G-A的下行速率更高；', 'ev-news.txt', '运营商宣布开通5G-A网络，5G-A的下行速率更高；']);
    expect(tsv).toHaveLength(6);
  });

  it('takes a sentence around a place, cut to a window in a long one', () => {
    expect(sentenceAt('前一句。这里有换电站。后一句', 7, 9)).toBe('这里有换电站。');
    expect(sentenceAt(`${'长'.repeat(200)}换电${'长'.repeat(200)}`, 200, 202, 20)).toBe(`…${'长'.repeat(9)}换电${'长'.repeat(9)}…`);
  });
});

describe('the dictionaries left out', () => {
  it('takes frequent jieba words, idioms and set phrases as common, and a rarer dictionary word as a candidate', () => {
    const d = dictionariesOf({
      glossaryForms: ['文生视频', 'MaaS'],
      jieba: { words: new Map([['公司', 45604], ['芯片', 1031], ['一举两得', 120]]), setPhrases: new Set(['一举两得']) },
      cedict: [['畫蛇添足', '画蛇添足', 'hua4 she2 tian1 zu2', ['lit. draw legs on a snake (idiom)']], ['晶片', '晶片', 'jing1 pian4', 'chip']],
    });
    expect(['公司', '一举两得', '画蛇添足', '畫蛇添足', '芯片', '晶片'].map((w) => d.isCommon(w))).toEqual([true, true, true, true, false, false]);
    expect([d.inGlossary('文生視頻'), d.inGlossary('maas'), d.inGlossary('文生图')]).toEqual([true, true, false]);
    expect([d.jiebaFrequency('芯片'), d.inCedict('晶片'), d.inCedict('芯片')]).toEqual([1031, true, false]);
  });
});

describe('reading the articles', () => {
  it('reads a folder of .txt and .html in any encoding the Reader reads (GBK, Big5 declared, UTF-8), and skips other files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'termlens-candidates-'));
    mkdirSync(join(dir, 'more'));
    writeFileSync(join(dir, 'gbk.txt'), iconv.encode('比亚迪的刀片电池通过了针刺测试，刀片电池更安全。', 'gbk'));
    writeFileSync(join(dir, 'more', 'page.html'), iconv.encode('<html><head><meta charset="big5"><title>新聞</title></head><body><p>台積電的<b>先進封裝</b>。</p><script>var x="換電";</script></body></html>', 'big5'));
    writeFileSync(join(dir, 'notes.md'), '# 不读这个');
    writeFileSync(join(dir, 'image.txt'), new Uint8Array([0, 1, 2, 3, 0, 0, 255, 0]));
    const { articles, skipped } = await readArticles([dir], dir);
    expect(articles.map((a) => [a.file, a.encoding, a.text.trim()])).toEqual([
      // No declaration in a .txt: the Reader's guess, GB18030 (a superset of GBK).
      ['gbk.txt', 'gb18030', '比亚迪的刀片电池通过了针刺测试，刀片电池更安全。'],
      [join('more', 'page.html'), 'big5', expect.stringContaining('台積電的先進封裝。')],
    ]);
    expect(articles.map((a) => a.guessed)).toEqual([true, false]);
    expect(articles[1]!.text).not.toContain('換電');
    expect(skipped).toEqual(['image.txt']);
  });
});
