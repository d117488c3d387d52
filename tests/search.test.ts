import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Glossary } from '../lib/glossary/types';
import { createSearch, numberedPinyin, tonelessPinyin } from '../lib/search';

const glossary = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'data/glossary.json'), 'utf8')) as Glossary;
const search = createSearch(glossary);
const top = (query: string) => search(query)[0]?.term;

describe('glossary search', () => {
  it('finds 全模态 by pinyin initials, toneless pinyin, Traditional form and English name', () => {
    expect(top('qmt')).toBe('全模态');
    expect(top('quan mo tai')).toBe('全模态');
    expect(top('quanmotai')).toBe('全模态');
    expect(top('全模態')).toBe('全模态');
    expect(top('omni-modal')).toBe('全模态');
  });

  it('finds 天数天算 from spaced pinyin', () => {
    expect(top('tian shu tian suan')).toBe('天数天算');
  });

  it('finds MaaS from its Chinese expansion in either script, and from any case', () => {
    expect(top('模型即服务')).toBe('MaaS');
    expect(top('模型即服務')).toBe('MaaS');
    expect(top('maas')).toBe('MaaS');
  });

  it('folds fullwidth input: ＶＡＳＴ finds VAST', () => {
    expect(top('ＶＡＳＴ')).toBe('VAST');
  });

  it('returns nothing for an empty query and for nonsense', () => {
    expect(search('   ')).toEqual([]);
    expect(search('zzzzqqqxx')).toEqual([]);
  });

  it('strips tones and writes ü as v', () => {
    expect(tonelessPinyin('lǜ sè')).toBe('lv se');
    expect(tonelessPinyin('quán mó tài')).toBe('quan mo tai');
  });

  it('answers NOTHING for queries that match no term, instead of a long list of noise', () => {
    expect(search('xiong an')).toEqual([]);
    // HarmonyOS is a glossary term (鸿蒙系统), so this one must find it, its NEXT edition and its car cockpit only.
    expect(search('harmony os').map((t) => t.term)).toEqual(['鸿蒙系统', '纯血鸿蒙', '鸿蒙座舱']);
  });

  // A labelled set: each query either names a glossary term (by initials, toneless pinyin, an English
  // name, a Traditional form or a typo of one) or names nothing. MAX_SCORE in lib/search.ts was tuned
  // on it; every entry below failed with the single combined 0.3 threshold it replaced.
  const MATCH_NOTHING = [
    'xiong an', 'xiongan', 'xiongan xinqu', 'zhong guo ren', 'wo xiang chi fan', 'ni hao ma', 'ma ma hu hu',
    'shuijiao', 'chocolate cake', 'hello world', 'garden hose', 'mountain bike', 'pizza delivery', 'lorem ipsum',
    'the quick brown fox', 'asdf qwer', 'qwerty', 'xyz',
  ];
  it.each(MATCH_NOTHING)('answers NOTHING for %j', (query) => {
    expect(search(query)).toEqual([]);
  });

  const FIRST_RESULT: [query: string, term: string][] = [
    ['qmt', '全模态'], ['hmxt', '鸿蒙系统'], ['jszn', '具身智能'], ['rxjqr', '人形机器人'], ['znt', '智能体'], ['tsts', '天数天算'],
    ['ju shen zhi neng', '具身智能'], ['suanli', '算力'], ['hongmeng', '鸿蒙系统'], ['suanli zulin', '算力租赁'], ['quan mo tia', '全模态'],
    ['harmonyos', '鸿蒙系统'], ['graphics processing unit', 'GPU'], ['embodied ai', '具身智能'], ['humanoid robot', '人形机器人'],
    ['computing power', '算力'], ['ai agent', '智能体'], ['compute leasing', '算力租赁'], ['chatbot', '聊天机器人'],
    ['quadruped robot', '四足机器人'], ['openharmony', '开源鸿蒙'], ['vram', '显存'], ['omnimodal', '全模态'],
    ['humanoid robt', '人形机器人'], ['embodid ai', '具身智能'], ['nueral network', '神经网络'], ['satelite internet', '卫星互联网'],
    ['鴻蒙系統', '鸿蒙系统'], ['顯卡', 'GPU'], ['人形機器人', '人形机器人'], ['智慧體', '智能体'], ['算力租賃', '算力租赁'], ['機器狗', '四足机器人'],
  ];
  it.each(FIRST_RESULT)('finds %j first as %s', (query, term) => {
    expect(top(query)).toBe(term);
  });

  it('lists exactly the near matches of a typo or a Traditional form, best first', () => {
    expect(search('humanoid robt').map((t) => t.term)).toEqual([
      '人形机器人', '全尺寸人形机器人', '世界人形机器人运动会', '人形机器人半程马拉松', '北京人形机器人创新中心', '国家地方共建人形机器人创新中心',
    ]);
    expect(search('nueral network').map((t) => t.term)).toEqual(['神经网络', 'RNN', '卷积神经网络', 'CANN']);
    expect(search('全模態').map((t) => t.term)).toEqual(['全模态', '全模态大模型']);
    expect(search('鴻蒙系統').map((t) => t.term)).toEqual(['鸿蒙系统']);
    // NOT 昇腾, whose reading "hua wei sheng teng" holds "wei sheng", one letter off.
    expect(search('wen sheng').map((t) => t.term)).toEqual(['文生图', '文生文', '文生视频', '文生音乐']);
  });

  it('finds a term by a phrase of its English name', () => {
    // 算力载荷's English definition holds the phrase too ("space data, space computing … depend on it").
    expect(search('space data').map((t) => t.term)).toEqual(['天数天算', '太空数据中心', '算力载荷']);
    expect(search('text to video').map((t) => t.term)).toEqual(['文生视频']);
  });
});

describe('numbered pinyin', () => {
  it('reads syllables closed by tone numbers as plain pinyin, ü written u: or v', () => {
    expect(numberedPinyin('quan2 mo2 tai4')).toBe('quan mo tai');
    expect(numberedPinyin('huan4jue2')).toBe('huan jue');
    expect(numberedPinyin('lu:4 se4')).toBe('lv se');
    expect(numberedPinyin('zhang1liang4')).toBe('zhang liang');
  });

  it('does NOT read model names or plain pinyin as numbered pinyin', () => {
    expect(['gpt4', 'qwen3', 'l2', 'quan mo tai', 'glm4', 'h20'].map(numberedPinyin)).toEqual([undefined, undefined, undefined, undefined, undefined, undefined]);
  });

  it('finds GPT-4 for gpt4 and L2 for l2, not a pinyin reading of them', () => {
    const search = createSearch(glossary);
    expect(search('gpt4')[0]?.term).toBe('GPT-4');
    expect(search('l2')[0]?.term).toBe('L2级辅助驾驶');
  });
});

describe('typing errors', () => {
  it('counts a swap of two letters as one error in a whole name or reading', () => {
    const search = createSearch(glossary);
    expect(search('wrold model')[0]?.term).toBe('世界模型');
    expect(search('quna mo tai')[0]?.term).toBe('全模态');
    expect(search('itnel')[0]?.term).toBe('英特尔');
  });

  it('ranks the term named exactly by an abbreviation in its English name before one whose form holds it (ai: 人工智能, then 人工智能+)', () => {
    const search = createSearch(glossary);
    expect(search('ai').slice(0, 2).map((t) => t.term)).toEqual(['人工智能', '人工智能+']);
    expect(search('gps')[0]?.term).toBe('GPS');
  });
});
