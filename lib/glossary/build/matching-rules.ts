/**
 * The matching rules of each term, settled at build: exclusion contexts (curated, plus generated
 * from a segmentation dictionary where a form cuts through an ordinary word), kept contexts, and
 * the flags the page matcher reads (sense, marked, digitsMayTouch).
 */
import { foldText } from '../../text/fold';
import { boundariesOf, type Segmenter } from './boundaries';
import type { CuratedTerm } from './inputs';
import { simplifiedKey, traditionalVariants } from './script-variants';
import type { GlossaryTerm } from '../types';

export interface MatchingRules {
  exclude: string[];
  keep: string[];
}

const unique = <T>(items: Iterable<T>): T[] => [...new Set(items)];

/** Each context with its Traditional spellings, folded; only those that still hold one of `keys`. */
function withVariants(contexts: readonly string[], keys: readonly string[]): string[] {
  return unique(contexts.flatMap((c) => [c, ...traditionalVariants(c)]).map(foldText)).filter((c) =>
    keys.some((k) => simplifiedKey(c).includes(k)),
  );
}

/** `collocations`: words beside an everyday form that say it is the term; they also keep it in real compounds (权重量化). */
export function matchingRules(t: CuratedTerm, forms: string[], segmenter: Segmenter | undefined, problems: string[], collocations: readonly string[] = []): MatchingRules {
  const keys = unique(forms.map(simplifiedKey));
  for (const [field, contexts] of [['exclude', t.exclude], ['keep', t.matching.keep]] as const) {
    for (const context of contexts) {
      if (!keys.some((k) => simplifiedKey(context).includes(k))) {
        problems.push(`term "${t.id}": ${field} "${context}" contains none of the term's forms`);
      }
    }
  }
  const generated = segmenter ? keys.map((k) => boundariesOf(k, segmenter, unique(collocations.map(simplifiedKey)))) : [];
  // A curated kept context also overrides a generated exclusion (快手上线 beside 快手上).
  // A generated context that is itself one of the term's forms (AI芯片 around the alias AI芯) would
  // exclude the term's own longer form: the longer form is the term, not an ordinary word.
  const exclude = unique([...t.exclude, ...generated.flatMap((b) => b.exclude.filter((c) => !keys.includes(simplifiedKey(c))))]).filter(
    (c) => !t.matching.keep.includes(c),
  );
  const keep = unique([...t.matching.keep, ...generated.flatMap((b) => b.keep)]);
  return { exclude: withVariants(exclude, keys), keep: withVariants(keep, keys) };
}

/** The optional matching fields of a built term, present only where they say something. */
export function matchingFlags(t: CuratedTerm, rules: MatchingRules): Pick<GlossaryTerm, 'keep' | 'sense' | 'marked' | 'digitsMayTouch' | 'versions'> {
  return {
    ...(rules.keep.length > 0 ? { keep: rules.keep } : {}),
    ...(t.matching.sense ? { sense: t.matching.sense } : {}),
    ...(t.matching.marked ? {} : { marked: false }),
    ...(t.matching.digitsMayTouch ? { digitsMayTouch: true as const } : {}),
    ...(t.matching.versions ? { versions: true as const } : {}),
  };
}
