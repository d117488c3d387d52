/** What a reader of Traditional Chinese must see, shared by the Chromium and Firefox zh_TW interface tests. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TraditionalCard } from './card-probes';
import { ROOT } from './harness';

interface Term {
  id: string;
  term: string;
  forms: string[];
  variantOf: Record<string, string>;
  definition: { zh: string; zhHant: string };
}
const glossary = JSON.parse(readFileSync(join(ROOT, 'data', 'glossary.json'), 'utf8')) as { terms: Term[] };

export const termNamed = (name: string) => glossary.terms.find((t) => t.term === name)!;

/**
 * Headwords a Traditional reader must never see: a term's canonical (Simplified) form where the
 * term has a Traditional spelling of it (文生视频 beside 文生視頻; not MaaS, which has none).
 */
export const SIMPLIFIED_ONLY = new Set(glossary.terms.filter((t) => Object.values(t.variantOf).includes(t.term)).map((t) => t.term));

/** The hover card over 文生視頻 on a Traditional page: heading, prose and related terms in Traditional. */
export const TEXT_TO_VIDEO_TRADITIONAL_CARD: TraditionalCard = {
  heading: '文生視頻文生视频',
  // The reading of the spelling the page used, said to be Traditional in the interface's language.
  pinyin: 'wén shēng shì pín · 繁體',
  zh: [`zh-Hant ${termNamed('文生视频').definition.zhHant}`],
  related: ['視頻生成大模型', '圖生視頻', 'Sora', '通義萬相', '可靈', 'AI視頻生成', '音畫同步', 'AIGC', '另外 4 個'],
  innerPills: 0,
};
