/**
 * The glossary build: curated terms + sources + seed texts → Glossary. Pure (no file access), so
 * tests feed it tiny hand-made inputs. Fails with every problem found, each naming its term/source.
 */
import { foldText } from '../../text/fold';
import { chooseExcerpts, type SeedHit } from './choose-excerpts';
import { readCategories, readSources, readTerms, type CuratedProse, type CuratedTerm } from './inputs';
import type { Segmenter } from './boundaries';
import { matchingFlags, matchingRules } from './matching-rules';
import { isProperName, keptNames } from './proper-names';
import { checkTraditionalProse } from './traditional-check';
import { settledByWords } from './pinyin-review';
import { readReadings, reviewedReadings, staleReadings } from './readings';
import { createReferenceScanner, type ScanForm } from './scan';
import { openccVariants, simplifiedKey, traditionalProse, traditionalVariants } from './script-variants';
import { everydayForms, senseWordsOf, readSenseReview, staleSenseReview, type EverydayDictionaries } from './senses';
import { resolveSources } from './sources';
import { GLOSSARY_VERSION, type Glossary, type GlossaryTerm, type Passage, type Source } from '../types';

export interface GlossaryInputs {
  /** Parsed data/terms.yaml: the categories and the seed articles' terms (tier `seed` unless a term says otherwise). */
  terms: unknown;
  /** Parsed data/terms-core.yaml: core vocabulary the seeds predate (tier `core` unless a term says otherwise). */
  coreTerms?: unknown;
  /** Parsed data/terms-<domain>.yaml files, by file name: more core vocabulary, each with its own `readings:`. */
  domainTerms?: { file: string; doc: unknown }[];
  /** Parsed data/sources.json. */
  sources: unknown;
  /** Seed texts by file name. */
  seeds: Record<string, string>;
  /** SHA-256 of each seed file's bytes, checked against sources.json where given. */
  seedHashes?: Record<string, string>;
  /** A segmentation dictionary given every form (jieba in load.ts): generates exclusion contexts. */
  segmenter?: (forms: string[]) => Segmenter;
  /** Parsed data/senses.yaml: reviewed everyday and technology-only forms, compounds and collocations. */
  senses?: unknown;
  /** Where the build tells what a person may look at but need not fix (reviewed senses of forms no term has). */
  notices?: string[];
  /** CC-CEDICT's headwords and those that are only names (load.ts): with jieba's frequencies, which forms are everyday words too. */
  cedict?: () => { words: ReadonlySet<string>; names: ReadonlySet<string> };
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
  const curated = [
    ...readTerms(inputs.terms, problems),
    ...(inputs.coreTerms === undefined ? [] : readTerms(inputs.coreTerms, problems, { file: 'core terms file', defaultTier: 'core' })),
    ...(inputs.domainTerms ?? []).flatMap(({ file, doc }) => readTerms(doc, problems, { file, defaultTier: 'core' })),
  ];
  const curatedSources = readSources(inputs.sources, problems);
  const readings = mergeReadings(
    [{ file: 'terms file', doc: inputs.terms }, ...(inputs.domainTerms ?? [])].map(({ file, doc }) => ({ file, readings: readReadings(doc, problems) })),
    problems,
  );
  fail(problems);

  checkIds(curated, new Set(categories.map((c) => c.id)), problems);
  const { sources, layouts } = resolveSources(curatedSources, inputs.seeds, inputs.seedHashes, problems);
  const formsByTerm = curated.map((t) => generatedForms(t, problems));
  checkSharedForms(curated, formsByTerm, problems);
  const segmenter = inputs.segmenter?.(unique(formsByTerm.flat().map(simplifiedKey)));
  const review = readSenseReview(inputs.senses ?? {}, problems);
  const cedict = inputs.cedict?.();
  const dictionaries: EverydayDictionaries = { frequency: segmenter?.words ?? new Map(), cedict: cedict?.words ?? new Set(), names: cedict?.names };
  const reviewUsed = new Set<string>();
  const everydayByTerm = curated.map((t, i) => everydayForms({ ...t, sense: t.matching.sense, marked: t.matching.marked }, formsByTerm[i]!, dictionaries, review, reviewUsed));
  const collocationsByTerm = everydayByTerm.map((forms) => senseWordsOf('collocations', forms, review, reviewUsed));
  const compoundsByTerm = everydayByTerm.map((forms) => senseWordsOf('compounds', forms, review, reviewUsed));
  const rulesByTerm = curated.map((t, i) => matchingRules(t, formsByTerm[i]!, segmenter, problems, [...compoundsByTerm[i]!, ...collocationsByTerm[i]!]));
  // Reviewed entries for forms no term has (yet: terms files land one by one) are told, not fatal.
  if (inputs.senses !== undefined) staleSenseReview(review, reviewUsed, inputs.notices ?? []);
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
  const hitsByTerm = curated.map(() => [] as SeedHit[]);
  for (const source of sources) {
    const text = inputs.seeds[source.file]!;
    for (const hit of scan(simplifiedKey(text))) hitsByTerm[hit.termIndex]!.push({ source, text, hit });
  }

  const related = symmetricRelated(curated);
  const settled = segmenter && settledByWords(segmenter.words);
  const readingsUsed = new Set<string>();
  // Proper names keep their characters in Traditional prose (no Taiwan phrase inside a name).
  const names = keptNames(curated);
  const terms = curated.map((t, i): GlossaryTerm => {
    const hits = hitsByTerm[i]!;
    // A seed term is there because the articles use it; core vocabulary may be absent from them.
    if (hits.length === 0 && t.tier === 'seed') problems.push(`term "${t.id}" (${t.term}): occurs in no seed`);
    // The seeds' own spellings are forms too (002 writes 華爲 where OpenCC gives 華為).
    const forms = unique([...formsByTerm[i]!, ...hits.map((h) => foldText(h.text.slice(h.hit.start, h.hit.end)))]);
    const passage = findPassage(t, 'definition', t.definition, sources, inputs.seeds, problems);
    const kept = names.of(t);
    const hant = (field: string, zh: string) => {
      const text = traditionalProse(zh, kept);
      checkTraditionalProse(`term "${t.id}": ${field}`, text, kept, problems);
      return text;
    };
    const inSources = t.inSources && {
      zh: t.inSources.zh,
      zhHant: hant('inSources zhHant', t.inSources.zh),
      en: t.inSources.en,
      ...optional('passage', findPassage(t, 'inSources', t.inSources, sources, inputs.seeds, problems)),
    };
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
      ...(everydayByTerm[i]!.length > 0 ? { senseForms: everydayByTerm[i]! } : {}),
      ...(collocationsByTerm[i]!.length > 0 ? { collocations: collocationsByTerm[i]! } : {}),
      ...(compoundsByTerm[i]!.length > 0 ? { compounds: compoundsByTerm[i]! } : {}),
      definition: {
        zh: t.definition.zh,
        zhHant: hant('definition zhHant', t.definition.zh),
        en: t.definition.en,
        basis: passage ? 'seed' : 'context',
        ...optional('passage', passage),
      },
      ...optional('inSources', inSources),
      ...(t.tier === 'core' ? { tier: t.tier } : {}),
      ...optional('asOf', t.asOf),
      excerpts: chooseExcerpts(hits, layouts, passage ?? inSources?.passage),
      related: related[i]!,
      occurrences,
    };
  });
  if (settled) staleReadings(readings, readingsUsed, problems);
  const categoriesOut = categories.map((c) => {
    const zhHant = traditionalProse(c.zh);
    checkTraditionalProse(`category "${c.id}": zhHant`, zhHant, [], problems);
    return { ...c, zhHant };
  });
  fail(problems);
  return { version: GLOSSARY_VERSION, categories: categoriesOut, sources, terms };
}

/** One reviewed reading per form across all terms files; a form reviewed in two files is a problem. */
function mergeReadings(lists: { file: string; readings: Map<string, string> }[], problems: string[]): Map<string, string> {
  const out = new Map<string, string>();
  const fileOf = new Map<string, string>();
  for (const { file, readings } of lists) {
    for (const [form, reading] of readings) {
      if (fileOf.has(form)) problems.push(`readings: "${form}" is reviewed in both ${fileOf.get(form)} and ${file}`);
      else {
        out.set(form, reading);
        fileOf.set(form, file);
      }
    }
  }
  return out;
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

/** Canonical form and aliases, each with its Traditional variants; curated add/veto applied. */
function generatedForms(t: CuratedTerm, problems: string[]): string[] {
  const properName = isProperName(t);
  const generated = unique([t.term, ...t.aliases].flatMap((f) => [f, ...traditionalVariants(f, { properName })]).map(foldText));
  // A veto of what names no longer get (a Taiwan wording: 面壁智慧; OpenCC's 釦子空間) is redundant, not stale.
  const reworded = new Set(
    [t.term, ...t.aliases].flatMap((f) => [...openccVariants(f), ...(properName ? traditionalVariants(f) : [])]).map(foldText),
  );
  for (const veto of t.forms.veto) {
    if (!generated.includes(foldText(veto)) && !reworded.has(foldText(veto))) {
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

const optional = <K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } =>
  (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };

/** The curated related ids plus every term that lists this one: a link is shown from both ends. */
function symmetricRelated(terms: CuratedTerm[]): string[][] {
  const byId = new Map(terms.map((t) => [t.id, [...t.related]]));
  for (const t of terms) {
    for (const r of t.related) {
      const back = byId.get(r);
      if (back && r !== t.id && !back.includes(t.id)) back.push(t.id);
    }
  }
  return terms.map((t) => byId.get(t.id)!);
}

function findPassage(
  t: CuratedTerm,
  field: 'definition' | 'inSources',
  prose: CuratedProse,
  sources: Source[],
  seeds: Record<string, string>,
  problems: string[],
): Passage | undefined {
  const quote = prose.quote;
  if (quote === undefined) return undefined;
  for (const source of sources) {
    const offset = seeds[source.file]!.indexOf(quote);
    if (offset >= 0) return { source: source.id, offset, text: quote };
  }
  problems.push(`term "${t.id}": ${field} quote is not verbatim in any seed: "${quote}"`);
  return undefined;
}

/** Maps each form that is not itself curated to the curated spelling with the same Simplified reading. */
function variantMap(t: CuratedTerm, forms: string[]): Record<string, string> {
  const bases = unique([t.term, ...t.aliases].map(foldText));
  const out: Record<string, string> = {};
  for (const form of forms) {
    if (bases.includes(form)) continue;
    const properName = isProperName(t);
    const base =
      bases.find((b) => simplifiedKey(b) === simplifiedKey(form)) ?? bases.find((b) => traditionalVariants(b, { properName }).map(foldText).includes(form));
    if (base) out[form] = base;
  }
  return out;
}

