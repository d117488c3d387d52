/** The glossary's size by tier and by category, as `npm run glossary` prints it (and README quotes it). */
import type { Glossary } from './types';

export function glossarySize(glossary: Glossary): string {
  const tiers = ['seed', 'core'] as const;
  const count = (category: string | undefined, tier: (typeof tiers)[number]) =>
    glossary.terms.filter((t) => (t.tier ?? 'seed') === tier && (category === undefined || t.category === category)).length;
  const rows = glossary.categories.map((c) => `  ${c.id.padEnd(14)}${tiers.map((tier) => String(count(c.id, tier)).padStart(6)).join('')}`);
  return [
    `  ${'by tier'.padEnd(14)}${tiers.map((tier) => tier.padStart(6)).join('')}`,
    ...rows,
    `  ${'all'.padEnd(14)}${tiers.map((tier) => String(count(undefined, tier)).padStart(6)).join('')}`,
  ].join('\n');
}
