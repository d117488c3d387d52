/**
 * The layout message as it was before its arrays were packed (commit 2201f92 and earlier): JSON
 * arrays of numbers, read with one native copy each. Kept for the bench, which times both.
 */
import type { IntsReader, MatcherLayout } from '../../lib/matcher/layout';

const FIELDS = ['childStart', 'childNode', 'childChar', 'rootPairs', 'pairWords', 'acceptAs'] as const;

export function layoutAsNumbers(layout: MatcherLayout): Record<string, unknown> {
  return { ...layout, ...Object.fromEntries(FIELDS.map((f) => [f, Array.from(layout[f])])) };
}

export const numberArrays: IntsReader = (value, length) => {
  if (!Array.isArray(value) || (length !== undefined && value.length !== length)) return undefined;
  return new Int32Array(value);
};
