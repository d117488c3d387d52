import { describe, expect, it } from 'vitest';
import { createReferenceScanner, type ScanForm } from '../lib/glossary/build/scan';

const form = (text: string, termIndex: number, extra: Partial<ScanForm> = {}): ScanForm => ({
  text,
  termIndex,
  caseSensitive: true,
  exclude: [],
  ...extra,
});

/** Runs the scanner and returns the matched substrings. */
function matched(forms: ScanForm[], text: string): string[] {
  return createReferenceScanner(forms)(text).map((h) => text.slice(h.start, h.end));
}

describe('reference scanner', () => {
  it('prefers the longest form at a position: 全模态大模型 over 全模态', () => {
    const forms = [form('全模态', 0), form('全模态大模型', 1), form('大模型', 2)];
    const hits = createReferenceScanner(forms)('全模态大模型与全模态');
    expect(hits).toEqual([
      { termIndex: 1, start: 0, end: 6 },
      { termIndex: 0, start: 7, end: 10 },
    ]);
  });

  it('does NOT report overlapping matches: the leftmost wins', () => {
    expect(matched([form('多模态大模型', 0), form('模型即服务', 1)], '多模态大模型即服务')).toEqual(['多模态大模型']);
  });

  it('does NOT match Latin terms inside longer words', () => {
    const forms = [form('MaaS', 0), form('VAST', 1), form('ASI', 2), form('Sora', 3), form('PaaS', 4), form('AGI', 5)];
    expect(matched(forms, 'ASIA vast majority MaaSive Soraya PaaSword AGIle')).toEqual([]);
    expect(matched(forms, 'MaaS、VAST与ASI；Sora和PaaS以及AGI')).toEqual(['MaaS', 'VAST', 'ASI', 'Sora', 'PaaS', 'AGI']);
  });

  it('honours case for case-sensitive terms and ignores it for the others', () => {
    const forms = [form('VAST', 0), form('Nvidia', 1, { caseSensitive: false })];
    expect(matched(forms, 'vast Vast VAST NVIDIA nvidia')).toEqual(['VAST', 'NVIDIA', 'nvidia']);
  });

  it('lets digits touch a letter edge only for a term that allows it: 320TFLOPS', () => {
    expect(matched([form('TFLOPS', 0, { digitsMayTouch: true })], '可以達到320TFLOPS的計算速度')).toEqual(['TFLOPS']);
    expect(matched([form('TFLOPS', 0)], '可以達到320TFLOPS的計算速度')).toEqual([]);
  });

  it('does NOT match a Latin form inside a longer letter, digit or underscore token: GPT-4o, img_prompt, 7B端侧', () => {
    expect(matched([form('GPT-4', 0)], 'GPT-4与GPT-40、GPT-4o、GPT-4V和GPT-4_turbo')).toEqual(['GPT-4']);
    expect(matched([form('prompt', 0)], 'img_prompt prompt_id prompt')).toEqual(['prompt']);
    expect(matched([form('B端', 0), form('G端', 1), form('C端', 2)], '7B端侧、5G端到端、Type-C端口；面向B端和C端')).toEqual(['B端', 'C端']);
  });

  it('matches inside an exclusion context where a kept context covers the match: 智能体系统', () => {
    const forms = [form('智能体', 0, { exclude: ['智能体系'], keep: ['智能体系统'] })];
    expect(matched(forms, '统一的智能体系；多智能体系统')).toEqual(['智能体']);
    expect(createReferenceScanner(forms)('统一的智能体系；多智能体系统')).toEqual([{ termIndex: 0, start: 9, end: 12 }]);
  });

  it('does NOT match a form inside one of its exclusion contexts: 可灵 in 可灵活', () => {
    const forms = [form('可灵', 0, { exclude: ['可灵活', '可灵敏'] })];
    expect(createReferenceScanner(forms)('快手发布可灵，系统可灵活部署，反应可灵敏')).toEqual([
      { termIndex: 0, start: 4, end: 6 },
    ]);
  });

  it('applies an exclusion context that starts before the form', () => {
    const forms = [form('豆包', 0, { exclude: ['红豆包'] })];
    expect(matched(forms, '红豆包和豆包')).toEqual(['豆包']);
  });

  it('lets a shorter term match where a longer one is excluded', () => {
    const forms = [form('全国产化', 0, { exclude: ['全国产化肥'] }), form('化肥', 1)];
    expect(matched(forms, '全国产化肥与全国产化')).toEqual(['化肥', '全国产化']);
  });
});
