/**
 * The glossary's size by domain and tier, as `npm run glossary` prints it: a Markdown table, so the
 * README's copy is pasted, not retyped.
 */
import type { Glossary } from '../types';

const TIERS = ['seed', 'core'] as const;

export function glossarySize(glossary: Glossary): string {
  const count = (category: string | undefined, tier?: (typeof TIERS)[number]) =>
    glossary.terms.filter((t) => (tier === undefined || (t.tier ?? 'seed') === tier) && (category === undefined || t.category === category)).length;
  const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
  return [
    row(['domain', 'id', ...TIERS, 'all']),
    row(['---', '---', ...TIERS.map(() => '---:'), '---:']),
    ...glossary.categories.map((c) => row([c.en, `\`${c.id}\``, ...TIERS.map((tier) => count(c.id, tier)), count(c.id)])),
    row(['**all**', '', ...TIERS.map((tier) => count(undefined, tier)), `**${count(undefined)}**`]),
  ].join('\n');
}
