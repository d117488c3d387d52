import { describe, expect, it } from 'vitest';
import { createReferenceScanner, type ScanForm } from '../lib/glossary/scan';

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

  it('treats a digit beside a letter as a word boundary: 320TFLOPS', () => {
    expect(matched([form('TFLOPS', 0)], '可以達到320TFLOPS的計算速度')).toEqual(['TFLOPS']);
    expect(matched([form('GPT-4', 0)], 'GPT-4与GPT-40')).toEqual(['GPT-4']);
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
