/**
 * The glossary build: curated terms + sources + seed texts → Glossary. Pure (no file access), so
 * tests feed it tiny hand-made inputs. Fails with every problem found, each naming its term/source.
 */
import { EXCERPTS_PER_TERM, EXCERPT_MAX_CHARS } from '../limits';
import { foldText } from '../text/fold';
import { definingScore, excerptSpan } from './excerpts';
import { readCategories, readSources, readTerms, type CuratedSource, type CuratedTerm } from './inputs';
import type { Segmenter } from './boundaries';
import { matchingFlags, matchingRules } from './matching-rules';
import { settledByWords } from './pinyin-review';
import { readReadings, reviewedReadings, staleReadings } from './readings';
import { createReferenceScanner, type ScanForm, type ScanHit } from './scan';
import { simplifiedKey, traditionalProse, traditionalVariants } from './script-variants';
import {
  GLOSSARY_VERSION,
  type Excerpt,
  type Glossary,
  type GlossaryTerm,
  type Passage,
  type Source,
} from './types';

export interface GlossaryInputs {
  /** Parsed data/terms.yaml. */
  terms: unknown;
  /** Parsed data/sources.json. */
  sources: unknown;
  /** Seed texts by file name. */
  seeds: Record<string, string>;
  /** SHA-256 of each seed file's bytes, checked against sources.json where given. */
  seedHashes?: Record<string, string>;
  /** A segmentation dictionary given every form (jieba in load.ts): generates exclusion contexts. */
  segmenter?: (forms: string[]) => Segmenter;
}

export class GlossaryBuildError extends Error {
  constructor(readonly problems: string[]) {
    super(`glossary build failed with ${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
    this.name = 'GlossaryBuildError';
  }
}

const unique = <T>(items: Iterable<T>): T[] => [...new Set(items)];

function fail(problems: string[]): void {
  if (problems.length > 0) throw new GlossaryBuildError(problems);
}

export function buildGlossary(inputs: GlossaryInputs): Glossary {
  const problems: string[] = [];
  const categories = readCategories(inputs.terms, problems);
  const curated = readTerms(inputs.terms, problems);
  const curatedSources = readSources(inputs.sources, problems);
  const readings = readReadings(inputs.terms, problems);
  fail(problems);

  checkIds(curated, new Set(categories.map((c) => c.id)), problems);
  const sources = resolveSources(curatedSources, inputs, problems);
  const formsByTerm = curated.map((t) => generatedForms(t, problems));
  checkSharedForms(curated, formsByTerm, problems);
  const segmenter = inputs.segmenter?.(unique(formsByTerm.flat().map(simplifiedKey)));
  const rulesByTerm = curated.map((t, i) => matchingRules(t, formsByTerm[i]!, segmenter, problems));
  fail(problems);

  const scan = createReferenceScanner(
    curated.flatMap((t, termIndex): ScanForm[] =>
      unique(formsByTerm[termIndex]!.map(simplifiedKey)).map((text) => ({
        text,
        termIndex,
        caseSensitive: t.caseSensitive,
        exclude: rulesByTerm[termIndex]!.exclude.map(simplifiedKey),
        keep: rulesByTerm[termIndex]!.keep.map(simplifiedKey),
        digitsMayTouch: t.matching.digitsMayTouch,
      })),
    ),
  );
  const hitsByTerm = curated.map(() => [] as { source: Source; text: string; hit: ScanHit }[]);
  for (const source of sources) {
    const text = inputs.seeds[source.file]!;
    for (const hit of scan(simplifiedKey(text))) hitsByTerm[hit.termIndex]!.push({ source, text, hit });
  }

  const settled = segmenter && settledByWords(segmenter.words);
  const readingsUsed = new Set<string>();
  // Names and terms keep their characters in Traditional prose (no Taiwan phrase inside a name).
  const names = curated.flatMap((t) => [t.term, ...t.aliases]);
  const terms = curated.map((t, i): GlossaryTerm => {
    const hits = hitsByTerm[i]!;
    if (hits.length === 0) problems.push(`term "${t.id}" (${t.term}): occurs in no seed`);
    // The seeds' own spellings are forms too (002 writes 華爲 where OpenCC gives 華為).
    const forms = unique([...formsByTerm[i]!, ...hits.map((h) => foldText(h.text.slice(h.hit.start, h.hit.end)))]);
    const passage = t.definition.quote ? findPassage(t, sources, inputs.seeds, problems) : undefined;
    const occurrences: Record<string, number> = {};
    for (const { source } of hits) occurrences[source.id] = (occurrences[source.id] ?? 0) + 1;
    const { pinyin, formPinyin } = reviewedReadings({ id: t.id, term: t.term, pinyin: t.pinyin, forms }, readings, settled, problems, readingsUsed);
    return {
      id: t.id,
      term: t.term,
      english: t.english,
      forms,
      variantOf: variantMap(t, forms),
      aliases: t.aliases,
      category: t.category,
      pinyin,
      formPinyin,
      caseSensitive: t.caseSensitive,
      exclude: rulesByTerm[i]!.exclude,
      ...matchingFlags(t, rulesByTerm[i]!),
      definition: {
        zh: t.definition.zh,
        zhHant: traditionalProse(t.definition.zh, names),
        en: t.definition.en,
        basis: passage ? 'seed' : 'context',
        ...(passage ? { passage } : {}),
      },
      excerpts: chooseExcerpts(hits, passage),
      related: t.related,
      occurrences,
    };
  });
  if (settled) staleReadings(readings, readingsUsed, problems);
  fail(problems);
  return { version: GLOSSARY_VERSION, categories: categories.map((c) => ({ ...c, zhHant: traditionalProse(c.zh) })), sources, terms };
}

function checkIds(terms: CuratedTerm[], categoryIds: Set<string>, problems: string[]): void {
  const seen = new Set<string>();
  for (const t of terms) {
    if (seen.has(t.id)) problems.push(`term "${t.id}": id is used by more than one term`);
    seen.add(t.id);
    if (!categoryIds.has(t.category)) problems.push(`term "${t.id}": unknown category "${t.category}"`);
  }
  for (const t of terms) {
    for (const r of t.related) {
      if (r === t.id) problems.push(`term "${t.id}": lists itself as related`);
      else if (!seen.has(r)) problems.push(`term "${t.id}": related id "${r}" does not exist`);
    }
  }
}

function resolveSources(curated: CuratedSource[], inputs: GlossaryInputs, problems: string[]): Source[] {
  const ids = new Set<string>();
  return curated.map((s) => {
    if (ids.has(s.id)) problems.push(`source "${s.id}": id is used by more than one source`);
    ids.add(s.id);
    const text = inputs.seeds[s.file];
    if (text === undefined) problems.push(`source "${s.id}": seed file "${s.file}" not found`);
    const hash = inputs.seedHashes?.[s.file];
    if (text !== undefined && hash !== undefined && hash !== s.sha256) {
      problems.push(`source "${s.id}": ${s.file} has changed (sha256 ${hash}, expected ${s.sha256}); seeds must stay byte for byte`);
    }
    const stories = s.stories.map((story) => {
      const offset = text?.indexOf(story.heading) ?? -1;
      if (text !== undefined && offset < 0) {
        problems.push(`source "${s.id}": story heading "${story.heading}" not found in ${s.file}`);
      }
      return { title: story.heading.replace(/^#+\s*/, ''), author: story.author, offset };
    });
    const { stories: _curatedStories, ...rest } = s;
    return dropUndefined({ ...rest, stories });
  });
}

function dropUndefined<T extends object>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as T;
}

/** Canonical form and aliases, each with its Traditional variants; curated add/veto applied. */
function generatedForms(t: CuratedTerm, problems: string[]): string[] {
  const generated = unique([t.term, ...t.aliases].flatMap((f) => [f, ...traditionalVariants(f)]).map(foldText));
  for (const veto of t.forms.veto) {
    if (!generated.includes(foldText(veto))) {
      problems.push(`term "${t.id}": vetoed form "${veto}" is not a generated form (${generated.join(', ')})`);
    }
    if (foldText(veto) === foldText(t.term)) problems.push(`term "${t.id}": the canonical form cannot be vetoed`);
  }
  const vetoed = new Set(t.forms.veto.map(foldText));
  return unique([...generated.filter((f) => !vetoed.has(f)), ...t.forms.add.map(foldText)]);
}

function checkSharedForms(terms: CuratedTerm[], formsByTerm: string[][], problems: string[]): void {
  // Compared as the scanner sees them: same script, and case-folded where either side ignores case.
  const owner = new Map<string, { id: string; form: string }>();
  const reported = new Set<string>();
  terms.forEach((t, i) => {
    for (const form of formsByTerm[i]!) {
      const key = simplifiedKey(form).toLowerCase();
      const other = owner.get(key);
      if (!other) owner.set(key, { id: t.id, form });
      else if (other.id !== t.id && !reported.has(`${key}\n${t.id}`)) {
        reported.add(`${key}\n${t.id}`);
        problems.push(`term "${t.id}": form "${form}" is shared with term "${other.id}" ("${other.form}")`);
      }
    }
  });
}

function findPassage(
  t: CuratedTerm,
  sources: Source[],
  seeds: Record<string, string>,
  problems: string[],
): Passage | undefined {
  const quote = t.definition.quote!;
  for (const source of sources) {
    const offset = seeds[source.file]!.indexOf(quote);
    if (offset >= 0) return { source: source.id, offset, text: quote };
  }
  problems.push(`term "${t.id}": definition quote is not verbatim in any seed: "${quote}"`);
  return undefined;
}

/** Maps each form that is not itself curated to the curated spelling with the same Simplified reading. */
function variantMap(t: CuratedTerm, forms: string[]): Record<string, string> {
  const bases = unique([t.term, ...t.aliases].map(foldText));
  const out: Record<string, string> = {};
  for (const form of forms) {
    if (bases.includes(form)) continue;
    const base = bases.find((b) => simplifiedKey(b) === simplifiedKey(form)) ?? bases.find((b) => traditionalVariants(b).map(foldText).includes(form));
    if (base) out[form] = base;
  }
  return out;
}

function chooseExcerpts(hits: { source: Source; text: string; hit: ScanHit }[], passage?: Passage): Excerpt[] {
  const candidates = hits.map(({ source, text, hit }) => {
    const span = excerptSpan(text, hit.start, hit.end, EXCERPT_MAX_CHARS);
    const score = definingScore({
      text,
      span,
      match: hit,
      passage: passage && { ...passage, inSameSource: passage.source === source.id },
    });
    return { source, text, hit, span, score };
  });
  const chosen: typeof candidates = [];
  const usedSources = new Set<string>();
  while (chosen.length < EXCERPTS_PER_TERM) {
    let best: (typeof candidates)[number] | undefined;
    let bestScore = -Infinity;
    for (const c of candidates) {
      if (chosen.includes(c)) continue;
      if (chosen.some((o) => o.source === c.source && o.span.start < c.span.end && c.span.start < o.span.end)) continue;
      // Prefer a new source for the second and third excerpt: provenance from several articles.
      const score = c.score - (usedSources.has(c.source.id) ? 2 : 0);
      if (score > bestScore) {
        best = c;
        bestScore = score;
      }
    }
    if (!best) break;
    chosen.push(best);
    usedSources.add(best.source.id);
  }
  return chosen.map(({ source, text, hit, span }) => {
    const story = source.stories.reduce((found, s, index) => (s.offset >= 0 && s.offset <= span.start ? index : found), 0);
    return {
      source: source.id,
      offset: span.start,
      text: text.slice(span.start, span.end),
      mark: [hit.start - span.start, hit.end - span.start],
      story,
      ...(span.clippedStart ? { clippedStart: true as const } : {}),
      ...(span.clippedEnd ? { clippedEnd: true as const } : {}),
    };
  });
}
