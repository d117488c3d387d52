/** The committed data/glossary.json: what reviewers read and the extension bundles. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildGlossary } from '../lib/glossary/build/build';
import { GLOSSARY_FILE, loadInputs, serializeGlossary } from '../lib/glossary/build/load';
import { indexGlossary } from '../lib/glossary/lookup';
import { entryPayloadOf } from '../lib/glossary/payloads';
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
  });

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
      const notes = [term.definition.passage, term.inSources?.passage].filter((p) => p !== undefined);
      for (const passage of [...term.excerpts, ...notes]) {
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

  it('gives every term non-empty zh and en definitions, and every seed term an occurrence', () => {
    for (const term of glossary.terms) {
      expect(term.definition.zh.length, term.id).toBeGreaterThan(5);
      expect(term.definition.en.length, term.id).toBeGreaterThan(10);
      if (term.tier === 'core') continue;
      expect(Object.values(term.occurrences).reduce((a, b) => a + b, 0), term.id).toBeGreaterThan(0);
    }
  });

  it('gives every seed term an excerpt except the three the seeds name only in a headline or a caption', () => {
    const without = glossary.terms.filter((t) => t.tier !== 'core' && t.excerpts.length === 0).map((t) => t.id);
    expect(without).toEqual(['high-orbit-satellite', 'data-silo', 'metaverse']);
  });

  it('does NOT excerpt a headline, a caption or the false match 7B端側', () => {
    const texts = glossary.terms.flatMap((t) => t.excerpts.map((e) => e.text));
    for (const bad of ['全模态大模型：连接“数据孤岛”的桥梁', '首款依托鸿蒙系统的焦炉巡检机器人发布', '腦機接口 未來醫療',
      '▲首例患者通過無線微創腦機接口成功實現腦控抓握。', '來源:億歐·TE《AIGC商業落地產業圖譜2.0》']) {
      expect(texts).not.toContain(bad);
    }
    expect(byId('b-side').excerpts.map((e) => e.text).join('')).not.toContain('7B端側');
    expect(byId('b-side').occurrences).toEqual({ s000: 2, s002: 7 });
    expect(byId('ai-agent').excerpts.map((e) => e.text).join('')).not.toContain('统一的智能体系');
    // 004's 完全国产化 is 完全 + 国产化, not 全国产化.
    expect(byId('full-localisation').occurrences).toEqual({ s001: 4, s004: 1 });
    expect(byId('localisation').occurrences).toEqual({ s001: 1, s004: 4 });
  });

  it('attributes seed 004\'s interleaved paragraphs to their own stories', () => {
    const s004 = glossary.sources.find((s) => s.id === 's004')!;
    const storyOf = (id: string, start: string) => {
      const e = byId(id).excerpts.find((x) => x.source === 's004' && x.text.startsWith(start));
      if (!e) throw new Error(`${id}: no excerpt starting ${start}`);
      return s004.stories[e.story]!.title;
    };
    // Printed after the music story's heading, this paragraph continues the omni-modal story.
    expect(storyOf('omni-modal-large-model', '全模态大模型虽然通用性强')).toBe('全模态大模型：连接“数据孤岛”的桥梁');
    expect(storyOf('suno', '今年3月，音乐生成模型Suno V3面世')).toBe('音乐大模型市场“群雄逐鹿”');
    expect(s004.stories.map((s) => s.paragraphs?.length ?? 0)).toEqual([1, 1, 1, 0, 0, 0]);
  });

  it('links related terms both ways', () => {
    for (const term of glossary.terms) {
      for (const r of term.related) expect(byId(r).related, `${r} → ${term.id}`).toContain(term.id);
    }
  });

  it('gives general definitions that hold on any page: none speaks of the article', () => {
    const tied = /文中|本文|文章|报道|報道|受访|the article|the report|in the text/i;
    const offenders = glossary.terms.filter((t) => tied.test(t.definition.zh) || tied.test(t.definition.en)).map((t) => t.id);
    expect(offenders).toEqual([]);
  });

  it('keeps what the articles say in inSources, beside the general definition (天数天算, 昇腾910, 数据孤岛)', () => {
    expect(byId('ascend-910').inSources?.passage?.text).toBe('單卡AI芯片算力最高的是華爲旗下海思的昇騰910,在半精度下可以達到320TFLOPS的計算速度');
    expect(byId('ascend-910').definition.basis).toBe('context');
    expect(byId('tianshu-tiansuan').definition.passage?.source).toBe('s000');
    expect(byId('tianshu-tiansuan').inSources?.zh).toBe('国星宇航把它作为星上AI大模型试验要积累的技术目标。');
    expect(byId('data-silo').inSources?.en).toBe('Science and Technology Daily\'s headline calls omni-modal models the bridge between data silos.');
    expect(glossary.terms.filter((t) => t.inSources).length).toBe(75);
  });

  it('keeps one news story out of a general definition (视频生成大模型, 云栖大会, 焦炉巡检机器人) and dates Sora after Sora 2', () => {
    for (const id of ['video-generation-model', 'apsara-conference', 'coke-oven-robot']) {
      expect(byId(id).definition.zh, id).not.toContain('2024');
      expect(byId(id).inSources?.zh, id).toContain('2024年');
    }
    expect(byId('coke-oven-robot').inSources?.passage?.text).toContain('国内首款采用边缘计算模型');
    expect(byId('sora').definition.en).toContain('Sora 2, released in September 2025');
    expect(byId('sora').asOf).toBe('2025-10');
  });

  it('sends an entry the sources its inSources passage quotes, and none for a core term without excerpts', () => {
    const index = indexGlossary(glossary);
    expect(entryPayloadOf(index, 'ascend-910')!.sources.map((s) => s.id)).toContain('s002');
    expect(entryPayloadOf(index, 'deepseek-r1')!.sources).toEqual([]);
  });

  it('holds at least 150 core terms, each dated, and none shares a form with a seed term', () => {
    const core = glossary.terms.filter((t) => t.tier === 'core');
    expect(core.length).toBeGreaterThanOrEqual(150);
    expect(core.filter((t) => t.asOf !== '2026').map((t) => t.id)).toEqual([]);
    for (const id of ['deepseek-r1', 'moe', 'rag', 'embodied-ai', 'world-model', 'distillation', 'token', 'claude', 'h20', 'scaling-law']) {
      expect(byId(id).tier, id).toBe('core');
    }
    expect(byId('deepseek-r1').excerpts).toEqual([]);
    expect(byId('harmonyos').forms).toContain('鸿蒙');
    expect(byId('harmonyos').exclude).toEqual(expect.arrayContaining(['鸿蒙初辟', '太古鸿蒙']));
  });

  it('lists Traditional forms: 文生视频 also as 文生視頻 and the Taiwan wording 文生影片', () => {
    expect(byId('text-to-video').forms).toEqual(['文生视频', '文生視頻', '文生影片']);
    expect(byId('multimodal-large-model').forms).toEqual(['多模态大模型', '多模態大模型']);
    expect(byId('wanka-cluster').forms).toEqual(['万卡集群', '萬卡集群', '萬卡叢集', '萬卡集羣']);
  });

  it('keeps the seeds\' own spellings as forms (华为 written 華爲 in seed 002)', () => {
    expect(byId('ascend-910').inSources?.passage?.text).toContain('華爲');
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
