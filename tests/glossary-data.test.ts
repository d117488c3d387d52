/** The committed data/glossary.json: what reviewers read and the extension bundles. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildGlossary } from '../lib/glossary/build';
import { GLOSSARY_FILE, loadInputs, serializeGlossary } from '../lib/glossary/load';
import type { Glossary } from '../lib/glossary/types';

const root = join(import.meta.dirname, '..');
const committedText = readFileSync(join(root, GLOSSARY_FILE), 'utf8');
const glossary = JSON.parse(committedText) as Glossary;
const seedOf = (sourceId: string) => {
  const source = glossary.sources.find((s) => s.id === sourceId)!;
  return readFileSync(join(root, 'seeds', source.file), 'utf8');
};
const byId = (id: string) => {
  const term = glossary.terms.find((t) => t.id === id);
  if (!term) throw new Error(`no term ${id}`);
  return term;
};

describe('data/glossary.json', () => {
  it('is exactly what a fresh build produces (run `npm run glossary` and commit)', () => {
    expect(serializeGlossary(buildGlossary(loadInputs(root)))).toBe(committedText);
  }, 120_000);

  it('holds at least 100 terms, including the ones the articles turn on', () => {
    expect(glossary.terms.length).toBeGreaterThanOrEqual(100);
    const terms = new Set(glossary.terms.map((t) => t.term));
    for (const t of ['全模态', '全模态大模型', 'MaaS', '天数天算', '地数天算', 'VAST', '文生视频', '多模态大模型',
      '星载计算', '万卡集群', '新质生产力', 'AGI', '通义万相', '可灵', 'Sora']) {
      expect(terms, t).toContain(t);
    }
  });

  it('quotes every excerpt and definition passage verbatim at its offset', () => {
    let checked = 0;
    for (const term of glossary.terms) {
      for (const passage of [...term.excerpts, ...(term.definition.passage ? [term.definition.passage] : [])]) {
        const seed = seedOf(passage.source);
        expect(seed.slice(passage.offset, passage.offset + passage.text.length), term.id).toBe(passage.text);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(300);
  });

  it('marks a form of the term inside every excerpt', () => {
    for (const term of glossary.terms) {
      for (const e of term.excerpts) {
        const marked = e.text.slice(e.mark[0], e.mark[1]);
        expect(term.forms, `${term.id}: ${marked}`).toContain(marked);
      }
    }
  });

  it('gives every term non-empty zh and en definitions and at least one occurrence', () => {
    for (const term of glossary.terms) {
      expect(term.definition.zh.length, term.id).toBeGreaterThan(5);
      expect(term.definition.en.length, term.id).toBeGreaterThan(10);
      expect(Object.values(term.occurrences).reduce((a, b) => a + b, 0), term.id).toBeGreaterThan(0);
      expect(term.excerpts.length, term.id).toBeGreaterThan(0);
    }
  });

  it('lists Traditional forms: 文生视频 also as 文生視頻 and the Taiwan wording 文生影片', () => {
    expect(byId('text-to-video').forms).toEqual(['文生视频', '文生視頻', '文生影片']);
    expect(byId('multimodal-large-model').forms).toEqual(['多模态大模型', '多模態大模型']);
    expect(byId('wanka-cluster').forms).toEqual(['万卡集群', '萬卡集群', '萬卡叢集', '萬卡集羣']);
  });

  it('keeps the seeds\' own spellings as forms (华为 written 華爲 in seed 002)', () => {
    expect(byId('ascend-910').definition.passage?.text).toContain('華爲');
    expect(byId('liangyi-xiaohui').forms).toEqual(['良医小慧', '良醫小慧']);
  });

  it('defines 天数天算 from the seed that explains it, with the exact excerpt and offset', () => {
    const term = byId('tianshu-tiansuan');
    expect(term.definition.basis).toBe('seed');
    expect(term.definition.passage).toEqual({
      source: 's000',
      offset: 1775,
      text: '“天数天算”是指卫星在太空中获得的数据无须传回地面，在太空中即可完成计算，依靠的是AI卫星搭载的算力载荷和用之不竭的太阳能',
    });
    expect(term.excerpts[0]).toEqual({
      source: 's000',
      offset: 1772,
      text: '据悉，“天数天算”是指卫星在太空中获得的数据无须传回地面，在太空中即可完成计算，依靠的是AI卫星搭载的算力载荷和用之不竭的太阳能；',
      mark: [4, 8],
      story: 0,
    });
  });

  it('defines MaaS from seed 002 and lists its expansions as forms', () => {
    const term = byId('maas');
    expect(term.forms).toEqual(['MaaS', '模型即服务', '模型即服務', 'Model-as-a-Service']);
    expect(term.definition.passage?.source).toBe('s002');
    expect(term.definition.passage?.offset).toBe(2613);
    expect(term.occurrences).toEqual({ s002: 10 });
    expect(term.caseSensitive).toBe(true);
  });

  it('records the exclusion contexts for 可灵 in both scripts', () => {
    expect(byId('kling').exclude.slice(0, 4)).toEqual(['可灵活', '可靈活', '可灵敏', '可靈敏']);
  });

  it('links only to terms that exist, and never to itself', () => {
    const ids = new Set(glossary.terms.map((t) => t.id));
    for (const term of glossary.terms) {
      for (const r of term.related) {
        expect(ids.has(r), `${term.id} → ${r}`).toBe(true);
        expect(r).not.toBe(term.id);
      }
    }
  });

  it('gives pinyin for Chinese terms and none for Latin ones', () => {
    expect(byId('omni-modal').pinyin).toBe('quán mó tài');
    expect(byId('tianshu-tiansuan').pinyin).toBe('tiān shù tiān suàn');
    expect(byId('skymusic').pinyin).toBe('tiān gōng SkyMusic');
    expect(byId('vast').pinyin).toBe('');
  });

  it('describes each seed with its headline, publication and script', () => {
    expect(glossary.sources.map((s) => [s.id, s.title, s.publication, s.script, s.date])).toEqual([
      ['s000', '大模型首次上天 AI天地一体化提上日程', '中国经营报', 'zh-Hans', '2024-10'],
      ['s001', '首个全自研 “国家队Sora”问世', 'IT时报', 'zh-Hans', '2024-12'],
      ['s002', 'Sora後觀察:AI大模型產業落地的八個錨點', '產業家', 'zh-Hant', '2024-02-20'],
      ['s003', '國產Ai 雙線出擊 比肩ChatGPT 追趕Sora', '大公報', 'zh-Hant', '2024-03'],
      ['s004', '全模态大模型：连接“数据孤岛”的桥梁', '科技日报', 'zh-Hans', '2024-12'],
    ]);
  });
});
