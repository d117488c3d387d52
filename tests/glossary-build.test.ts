import { describe, expect, it } from 'vitest';
import { buildGlossary, type GlossaryInputs } from '../lib/glossary/build/build';
import { problemsOf } from './glossary-problems';

const SEED_HANS = '全模态大模型是一个综合性概念，指的是一种能够处理多种模态数据的人工智能模型。文生视频大模型集体上线。可灵活部署。';
const SEED_HANT = 'MaaS(Model-as-a-Service,模型即服務)是一種雲計算模式。國產文生視頻模型也在追趕，全模態能力。';

type TermInput = Record<string, unknown>;

function term(id: string, text: string, extra: TermInput = {}): TermInput {
  return {
    id,
    term: text,
    english: id,
    category: 'models',
    definition: { zh: `${text}的定义。`, en: `Definition of ${id}.` },
    ...extra,
  };
}

function inputs(terms: TermInput[], overrides: Partial<GlossaryInputs> = {}): GlossaryInputs {
  return {
    terms: { categories: [{ id: 'models', zh: '模型与技术', en: 'Models & techniques' }], terms },
    sources: {
      sources: [
        { id: 'a', file: 'a.txt', sha256: 'a'.repeat(64), title: '甲', publication: '报', author: '记者', date: '2024-12', script: 'zh-Hans', stories: [{ heading: '全模态大模型', author: '记者' }] },
        { id: 'b', file: 'b.txt', sha256: 'b'.repeat(64), title: '乙', publication: '報', author: '記者', date: '2024', script: 'zh-Hant', stories: [{ heading: 'MaaS', author: '記者' }] },
      ],
    },
    seeds: { 'a.txt': SEED_HANS, 'b.txt': SEED_HANT },
    ...overrides,
  };
}

const base = () => [
  term('omni-modal-large-model', '全模态大模型', {
    definition: { zh: '能处理多种模态数据的模型。', en: 'A model for many modalities.', quote: '全模态大模型是一个综合性概念' },
    related: ['omni-modal'],
  }),
  term('omni-modal', '全模态'),
  term('text-to-video', '文生视频'),
  term('maas', 'MaaS', { aliases: ['模型即服务', 'Model-as-a-Service'] }),
];

describe('buildGlossary on valid input', () => {
  const glossary = buildGlossary(inputs(base()));
  const byId = (id: string) => glossary.terms.find((t) => t.id === id)!;

  it('lists Simplified, Taiwan, Taiwan-phrase and Hong Kong forms: 文生视频 → 文生視頻, 文生影片', () => {
    expect(byId('text-to-video').forms).toEqual(['文生视频', '文生視頻', '文生影片']);
  });

  it('adds aliases and their Traditional variants to the forms', () => {
    expect(byId('maas').forms).toEqual(['MaaS', '模型即服务', '模型即服務', 'Model-as-a-Service']);
    expect(byId('maas').aliases).toEqual(['模型即服务', 'Model-as-a-Service']);
  });

  it('counts occurrences leftmost-longest across both scripts', () => {
    expect(byId('omni-modal-large-model').occurrences).toEqual({ a: 1 });
    expect(byId('omni-modal').occurrences).toEqual({ b: 1 });
    expect(byId('text-to-video').occurrences).toEqual({ a: 1, b: 1 });
    // MaaS(Model-as-a-Service,模型即服務): the acronym and both expansions.
    expect(byId('maas').occurrences).toEqual({ b: 3 });
  });

  it('records the definition passage with its exact offset', () => {
    expect(byId('omni-modal-large-model').definition).toEqual({
      zh: '能处理多种模态数据的模型。',
      zhHant: '能處理多種模態數據的模型。',
      en: 'A model for many modalities.',
      basis: 'seed',
      passage: { source: 'a', offset: 0, text: '全模态大模型是一个综合性概念' },
    });
    expect(byId('omni-modal').definition.basis).toBe('context');
  });

  it('takes the sentence around an occurrence as an excerpt, with the term marked', () => {
    expect(byId('text-to-video').excerpts).toEqual([
      { source: 'a', offset: 38, text: '文生视频大模型集体上线。', mark: [0, 4], story: 0 },
      { source: 'b', offset: 39, text: '國產文生視頻模型也在追趕，全模態能力。', mark: [2, 6], story: 0 },
    ]);
    for (const e of glossary.terms.flatMap((t) => t.excerpts)) {
      const seed = e.source === 'a' ? SEED_HANS : SEED_HANT;
      expect(seed.slice(e.offset, e.offset + e.text.length)).toBe(e.text);
    }
  });

  it('gives toned pinyin for the canonical form and differing readings of other forms', () => {
    expect(byId('text-to-video').pinyin).toBe('wén shēng shì pín');
    expect(byId('text-to-video').formPinyin).toEqual({ 文生影片: 'wén shēng yǐng piàn' });
    expect(byId('maas').pinyin).toBe('');
  });

  it('resolves story headings to offsets', () => {
    expect(glossary.sources.map((s) => s.stories)).toEqual([
      [{ title: '全模态大模型', author: '记者', offset: 0 }],
      [{ title: 'MaaS', author: '記者', offset: 0 }],
    ]);
  });

  it('adds exclusion contexts in both scripts', () => {
    const g = buildGlossary(inputs([...base(), term('kling', '可灵', { exclude: ['可灵活'] })].map((t) =>
      t.id === 'kling' ? { ...t, aliases: [] } : t,
    ), { seeds: { 'a.txt': `${SEED_HANS}可灵发布。`, 'b.txt': SEED_HANT } }));
    const kling = g.terms.find((t) => t.id === 'kling')!;
    expect(kling.exclude).toEqual(['可灵活', '可靈活']);
    expect(kling.occurrences).toEqual({ a: 1 });
  });

  it('applies curated form vetoes and additions', () => {
    const g = buildGlossary(inputs([
      ...base().filter((t) => t.id !== 'text-to-video'),
      term('text-to-video', '文生视频', { forms: { veto: ['文生影片'], add: ['文生視訊'] } }),
    ]));
    expect(g.terms.find((t) => t.id === 'text-to-video')!.forms).toEqual(['文生视频', '文生視頻', '文生視訊']);
  });
});

describe('buildGlossary with core vocabulary and sources notes', () => {
  const core = (terms: TermInput[]) => ({ terms });

  it('builds a core term that occurs in no seed, with tier and asOf and no excerpts', () => {
    const g = buildGlossary(inputs(base(), {
      coreTerms: core([term('token', 'Token', { asOf: '2026', definition: { zh: '模型处理文本的基本单位。', en: 'The unit a model reads.' } })]),
    }));
    const token = g.terms.find((t) => t.id === 'token')!;
    expect(token).toMatchObject({ tier: 'core', asOf: '2026', excerpts: [], occurrences: {} });
    expect(token.definition.basis).toBe('context');
  });

  it('gives a core term that does occur in a seed its excerpts, and seed terms no tier field', () => {
    const g = buildGlossary(inputs(base().filter((t) => t.id !== 'text-to-video'), { coreTerms: core([term('text-to-video', '文生视频')]) }));
    const t2v = g.terms.find((t) => t.id === 'text-to-video')!;
    expect(t2v.tier).toBe('core');
    expect(t2v.excerpts.map((e) => e.text)).toEqual(['文生视频大模型集体上线。', '國產文生視頻模型也在追趕，全模態能力。']);
    expect(g.terms.find((t) => t.id === 'maas')!.tier).toBeUndefined();
  });

  it('reads domain files as core vocabulary with their own reviewed readings, and refuses a reading reviewed twice', () => {
    const g = buildGlossary(inputs(base(), {
      domainTerms: [{ file: 'data/terms-ev.yaml', doc: { terms: [term('battery-swap', '换电')], readings: { 换电: 'huàn diàn' } } }],
    }));
    expect(g.terms.find((t) => t.id === 'battery-swap')).toMatchObject({ tier: 'core', pinyin: 'huàn diàn', forms: ['换电', '換電'] });
    const twice = inputs(base(), {
      terms: { categories: [{ id: 'models', zh: '模型与技术', en: 'Models & techniques' }], terms: base(), readings: { 换电: 'huàn diàn' } },
      domainTerms: [{ file: 'data/terms-ev.yaml', doc: { terms: [term('battery-swap', '换电')], readings: { 换电: 'huàn diàn' } } }],
    });
    expect(problemsOf(twice)).toEqual(['readings: "换电" is reviewed in both terms file and data/terms-ev.yaml']);
  });

  it('records what the sources say beside the general definition, with its verbatim passage', () => {
    const terms = base().map((t) => t.id === 'omni-modal-large-model'
      ? { ...t, definition: { zh: '能处理多种模态数据的模型。', en: 'A model for many modalities.' },
        inSources: { zh: '称其为综合性概念。', en: 'Called a comprehensive concept.', quote: '全模态大模型是一个综合性概念' } }
      : t);
    const omni = buildGlossary(inputs(terms)).terms.find((t) => t.id === 'omni-modal-large-model')!;
    expect(omni.definition).toEqual({ zh: '能处理多种模态数据的模型。', zhHant: '能處理多種模態數據的模型。', en: 'A model for many modalities.', basis: 'context' });
    expect(omni.inSources).toEqual({
      zh: '称其为综合性概念。',
      zhHant: '稱其為綜合性概念。',
      en: 'Called a comprehensive concept.',
      passage: { source: 'a', offset: 0, text: '全模态大模型是一个综合性概念' },
    });
  });

  it('adds the reverse of every related link', () => {
    const g = buildGlossary(inputs(base()));
    expect(g.terms.find((t) => t.id === 'omni-modal')!.related).toEqual(['omni-modal-large-model']);
    expect(g.terms.find((t) => t.id === 'omni-modal-large-model')!.related).toEqual(['omni-modal']);
  });

  it('attributes a paragraph printed after another story\'s heading to its own story', () => {
    const seed = '# 甲\n全模态大模型甲段。\n# 乙\n文生视频乙段。\n全模态继续甲段。\n';
    const sources = { sources: [{ id: 'a', file: 'a.txt', sha256: 'a'.repeat(64), title: '甲', publication: '报', author: '记者', date: '2024', script: 'zh-Hans',
      stories: [{ heading: '# 甲', author: '甲', paragraphs: ['全模态继续'] }, { heading: '# 乙', author: '乙' }] }] };
    const g = buildGlossary(inputs([term('omni-modal', '全模态'), term('text-to-video', '文生视频')], { sources, seeds: { 'a.txt': seed } }));
    expect(g.sources[0]!.stories).toEqual([
      { title: '甲', author: '甲', offset: 0, paragraphs: [26] },
      { title: '乙', author: '乙', offset: 14 },
    ]);
    expect(g.terms.find((t) => t.id === 'omni-modal')!.excerpts).toEqual([
      { source: 'a', offset: 4, text: '全模态大模型甲段。', mark: [0, 3], story: 0 },
      { source: 'a', offset: 26, text: '全模态继续甲段。', mark: [0, 3], story: 0 },
    ]);
    expect(g.terms.find((t) => t.id === 'text-to-video')!.excerpts[0]!.story).toBe(1);
  });

  it('prefers a whole sentence to the second half of one the page layout cut at a paragraph break', () => {
    // Both candidates start with the term; without the preference the earlier (cut) one would lead.
    const cut = '今年已有多家企业发布新产品并开放给普通用户试用，其中一些产品还在接受多家业内机构和专业人士的\n\n文生视频评测，结果年底公布。\n';
    const whole = '文生视频让普通人也能拍短片。\n';
    const sources = { sources: [{ id: 'a', file: 'a.txt', sha256: 'a'.repeat(64), title: '甲', publication: '报', author: '记者', date: '2024', script: 'zh-Hans',
      stories: [{ heading: '今年已有', author: '甲' }] }] };
    const t2v = buildGlossary(inputs([term('text-to-video', '文生视频')], { sources, seeds: { 'a.txt': cut + whole } })).terms[0]!;
    expect(t2v.excerpts.map((e) => e.text)).toEqual(['文生视频让普通人也能拍短片。', '文生视频评测，结果年底公布。']);
  });

  it('does NOT excerpt a headline or a picture caption, though it counts them', () => {
    const seed = '文生视频大模型集体上线\n▲文生视频演示截图。\n文生视频模型正在追赶对手。\n';
    const sources = { sources: [{ id: 'a', file: 'a.txt', sha256: 'a'.repeat(64), title: '甲', publication: '报', author: '记者', date: '2024', script: 'zh-Hans',
      stories: [{ heading: '文生视频大模型集体上线', author: '甲' }], captions: ['▲文生视频演示截图。'] }] };
    const t2v = buildGlossary(inputs([term('text-to-video', '文生视频')], { sources, seeds: { 'a.txt': seed } })).terms[0]!;
    expect(t2v.occurrences).toEqual({ a: 3 });
    expect(t2v.excerpts.map((e) => e.text)).toEqual(['文生视频模型正在追赶对手。']);
  });
});

describe('buildGlossary on bad input', () => {
  it('fails naming a term that occurs in no seed', () => {
    expect(problemsOf(inputs([...base(), term('agi', 'AGI')]))).toEqual(['term "agi" (AGI): occurs in no seed']);
  });

  it('fails naming a repeated id', () => {
    expect(problemsOf(inputs([...base(), term('maas', '云计算')]))).toContain('term "maas": id is used by more than one term');
  });

  it('fails naming a related id that does not exist', () => {
    const terms = base().map((t) => (t.id === 'omni-modal' ? { ...t, related: ['omni-modle'] } : t));
    expect(problemsOf(inputs(terms))).toEqual(['term "omni-modal": related id "omni-modle" does not exist']);
  });

  it('fails naming both terms when a form is shared', () => {
    const terms = [...base(), term('model-service', '模型服务', { aliases: ['模型即服务'] })];
    expect(problemsOf(inputs(terms))).toEqual([
      'term "model-service": form "模型即服务" is shared with term "maas" ("模型即服务")',
    ]);
  });

  it('treats a Traditional spelling of another term\'s form as shared', () => {
    const terms = [...base(), term('omni-modal-2', '全模態')];
    expect(problemsOf(inputs(terms))).toEqual(['term "omni-modal-2": form "全模態" is shared with term "omni-modal" ("全模态")']);
  });

  it('fails naming a seed term that occurs in no seed even when core terms are present', () => {
    expect(problemsOf(inputs([...base(), term('agi', 'AGI')], { coreTerms: { terms: [term('token', 'Token')] } }))).toEqual([
      'term "agi" (AGI): occurs in no seed',
    ]);
  });

  it('fails when an inSources quote is not verbatim in any seed', () => {
    const terms = base().map((t) =>
      t.id === 'omni-modal' ? { ...t, inSources: { zh: '甲', en: 'a', quote: '全模态是一种能力' } } : t,
    );
    expect(problemsOf(inputs(terms))).toEqual(['term "omni-modal": inSources quote is not verbatim in any seed: "全模态是一种能力"']);
  });

  it('fails on a bad tier or asOf, and on a story paragraph or caption that is not in the seed', () => {
    const terms = base().map((t) => (t.id === 'omni-modal' ? { ...t, tier: 'basic', asOf: '2026年' } : t));
    expect(problemsOf(inputs(terms))).toEqual([
      'term "omni-modal": "tier" must be seed or core',
      'term "omni-modal": "asOf" must be YYYY or YYYY-MM',
    ]);
    const sources = inputs(base()).sources as { sources: Record<string, unknown>[] };
    sources.sources[0] = { ...sources.sources[0], captions: ['▲图片说明'], stories: [{ heading: '全模态大模型', author: '记者', paragraphs: ['模型'] }] };
    expect(problemsOf(inputs(base(), { sources }))).toEqual([
      'source "a": story paragraph "模型" occurs more than once in a.txt',
      'source "a": caption "▲图片说明" not found in a.txt',
    ]);
  });

  it('fails when a definition quote is not verbatim in any seed', () => {
    const terms = base().map((t) =>
      t.id === 'omni-modal' ? { ...t, definition: { zh: '甲', en: 'a', quote: '全模态是一种能力' } } : t,
    );
    expect(problemsOf(inputs(terms))).toEqual(['term "omni-modal": definition quote is not verbatim in any seed: "全模态是一种能力"']);
  });

  it('fails on missing and unknown fields, naming the term', () => {
    const terms = [...base(), { id: 'broken', term: '万卡集群', category: 'models', definition: { zh: '', en: 'x' }, relatd: [] }];
    expect(problemsOf(inputs(terms))).toEqual([
      'term "broken": unknown field "relatd"',
      'term "broken": "english" must be a non-empty string',
      'term "broken" definition: "zh" must be a non-empty string',
    ]);
  });

  it('fails on an unknown category', () => {
    const terms = base().map((t) => (t.id === 'maas' ? { ...t, category: 'business' } : t));
    expect(problemsOf(inputs(terms))).toEqual(['term "maas": unknown category "business"']);
  });

  it('fails when a vetoed form was never generated', () => {
    const terms = base().map((t) => (t.id === 'text-to-video' ? { ...t, forms: { veto: ['文生影像'] } } : t));
    expect(problemsOf(inputs(terms))).toEqual([
      'term "text-to-video": vetoed form "文生影像" is not a generated form (文生视频, 文生視頻, 文生影片)',
    ]);
  });

  it('fails when an exclusion context holds none of the term\'s forms', () => {
    const terms = base().map((t) => (t.id === 'omni-modal' ? { ...t, exclude: ['全国产'] } : t));
    expect(problemsOf(inputs(terms))).toEqual(['term "omni-modal": exclude "全国产" contains none of the term\'s forms']);
  });

  it('fails when a seed file is missing or has changed', () => {
    expect(problemsOf(inputs(base(), { seeds: { 'a.txt': SEED_HANS } }))).toContain(
      'source "b": seed file "b.txt" not found',
    );
    expect(problemsOf(inputs(base(), { seedHashes: { 'a.txt': 'a'.repeat(64), 'b.txt': 'c'.repeat(64) } }))).toEqual([
      `source "b": b.txt has changed (sha256 ${'c'.repeat(64)}, expected ${'b'.repeat(64)}); seeds must stay byte for byte`,
    ]);
  });

  it('fails on a malformed terms document instead of crashing', () => {
    expect(problemsOf(inputs([], { terms: 'not a glossary' }))).toEqual([
      'terms file: "categories" must be a list',
      'terms file: "terms" must be a list',
    ]);
    expect(problemsOf(inputs([null, 42] as never))).toEqual(['term #1: must be an object', 'term #2: must be an object']);
  });
});
