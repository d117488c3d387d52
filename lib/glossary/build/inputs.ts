/**
 * Validates the hand-edited build inputs (data/terms.yaml, data/sources.json). Every problem is
 * collected with the term or source it concerns, so one run reports them all.
 */
import type { Category, Script, Source, Tier } from '../types';

/** zh + en prose with an optional verbatim seed passage (`quote`). */
export interface CuratedProse {
  zh: string;
  en: string;
  quote?: string;
}

export interface CuratedTerm {
  id: string;
  term: string;
  english: string;
  category: string;
  aliases: string[];
  /** The general definition: true on any page. */
  definition: CuratedProse;
  /** What the source articles say of the term, beside the general definition. */
  inSources?: CuratedProse;
  tier: Tier;
  asOf?: string;
  related: string[];
  caseSensitive: boolean;
  exclude: string[];
  forms: { add: string[]; veto: string[] };
  pinyin?: string;
  matching: MatchingFields;
  /** A company, product, institution, event or official title: never reworded in Traditional. Absent: inferred from `english` (proper-names.ts). */
  properName?: boolean;
  /** Strings in this term's prose that keep their characters in Traditional (a name the glossary lacks: 腾讯视频), each excusing the mainland words inside it. */
  keepInTraditional: string[];
}

/** How the page matcher treats the term's forms, beyond its forms themselves. */
export interface MatchingFields {
  /** Longer strings where a form IS the term even inside an exclusion (generated or curated). */
  keep: string[];
  sense?: 'tech';
  /** False: in the glossary, not marked on pages by default. */
  marked: boolean;
  digitsMayTouch: boolean;
  /** A model family: a version after a Latin form (Qwen3, Llama 4) is part of the match. */
  versions: boolean;
}

/** A source as curated: the published record minus the story offsets the build computes. */
export type CuratedSource = Omit<Source, 'stories'> & {
  /** `paragraphs`: the verbatim starts of this story's paragraphs that the page prints after another story's heading. */
  stories: { heading: string; author: string; paragraphs: string[] }[];
  /** Verbatim picture captions and credits: never excerpted. */
  captions: string[];
};

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;
const AS_OF = /^\d{4}(?:-\d{2})?$/;
const TERM_KEYS = new Set([
  'id', 'term', 'english', 'category', 'aliases', 'definition', 'inSources', 'tier', 'asOf', 'related',
  'caseSensitive', 'exclude', 'forms', 'pinyin', 'keep', 'sense', 'marked', 'digitsMayTouch', 'properName', 'keepInTraditional', 'versions',
]);
const SOURCE_KEYS = new Set([
  'id', 'file', 'sha256', 'title', 'subtitle', 'publication', 'author', 'date', 'dateNote', 'script', 'url', 'stories', 'captions',
]);

type Rec = Record<string, unknown>;
const isRecord = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string' && v.trim().length > 0;
const isTextList = (v: unknown): v is string[] => Array.isArray(v) && v.every(isText);

/** Reads one object's fields, recording what is missing or malformed under `where`. */
class Fields {
  constructor(
    private readonly rec: Rec,
    private readonly where: string,
    private readonly problems: string[],
  ) {}

  text(key: string): string {
    const v = this.rec[key];
    if (!isText(v)) this.problems.push(`${this.where}: "${key}" must be a non-empty string`);
    return isText(v) ? v.trim() : '';
  }

  optionalText(key: string): string | undefined {
    return this.rec[key] === undefined ? undefined : this.text(key);
  }

  textList(key: string): string[] {
    const v = this.rec[key];
    if (v === undefined || v === null) return [];
    if (!isTextList(v)) {
      this.problems.push(`${this.where}: "${key}" must be a list of non-empty strings`);
      return [];
    }
    return v.map((s) => s.trim());
  }

  unknownKeys(allowed: Set<string>): void {
    for (const key of Object.keys(this.rec)) {
      if (!allowed.has(key)) this.problems.push(`${this.where}: unknown field "${key}"`);
    }
  }
}

export function readCategories(doc: unknown, problems: string[]): Category[] {
  if (!isRecord(doc) || !Array.isArray(doc.categories)) {
    problems.push('terms file: "categories" must be a list');
    return [];
  }
  return doc.categories.flatMap((c, i) => {
    if (!isRecord(c)) {
      problems.push(`category #${i + 1}: must be an object with id, zh, en`);
      return [];
    }
    const f = new Fields(c, `category #${i + 1}`, problems);
    const category = { id: f.text('id'), zh: f.text('zh'), en: f.text('en') };
    f.unknownKeys(new Set(['id', 'zh', 'en']));
    return [category];
  });
}

/** Reads zh + en (+ quote) prose; `label` names the term and field in problems. */
function readProse(value: unknown, label: string, problems: string[]): CuratedProse {
  const rec = isRecord(value) ? value : {};
  if (!isRecord(value)) problems.push(`${label}: must be an object with zh and en`);
  const f = new Fields(rec, label, problems);
  f.unknownKeys(new Set(['zh', 'en', 'quote']));
  return { zh: f.text('zh'), en: f.text('en'), quote: f.optionalText('quote') };
}

/** `file` names the terms file in problems; `defaultTier` is the tier of its terms that name none. */
export function readTerms(doc: unknown, problems: string[], { file = 'terms file', defaultTier = 'seed' as Tier } = {}): CuratedTerm[] {
  if (!isRecord(doc) || !Array.isArray(doc.terms)) {
    problems.push(`${file}: "terms" must be a list`);
    return [];
  }
  return doc.terms.flatMap((t, i) => {
    const label = isRecord(t) && isText(t.id) ? `term "${t.id}"` : `term #${i + 1}`;
    if (!isRecord(t)) {
      problems.push(`${label}: must be an object`);
      return [];
    }
    const before = problems.length;
    const f = new Fields(t, label, problems);
    f.unknownKeys(TERM_KEYS);
    const id = f.text('id');
    if (id && !ID.test(id)) problems.push(`${label}: id must be kebab-case ([a-z0-9-])`);
    const names = { term: f.text('term'), english: f.text('english'), category: f.text('category') };
    const definition = readProse(t.definition, `${label} definition`, problems);
    const inSources = t.inSources === undefined ? undefined : readProse(t.inSources, `${label} inSources`, problems);
    const tier = t.tier ?? defaultTier;
    if (tier !== 'seed' && tier !== 'core') problems.push(`${label}: "tier" must be seed or core`);
    const asOf = f.optionalText('asOf');
    if (asOf !== undefined && !AS_OF.test(asOf)) problems.push(`${label}: "asOf" must be YYYY or YYYY-MM`);
    const forms = isRecord(t.forms) ? t.forms : {};
    if (t.forms !== undefined && !isRecord(t.forms)) problems.push(`${label}: "forms" must be { add, veto }`);
    const ff = new Fields(forms, `${label} forms`, problems);
    ff.unknownKeys(new Set(['add', 'veto']));
    for (const key of ['caseSensitive', 'properName']) {
      if (t[key] !== undefined && typeof t[key] !== 'boolean') problems.push(`${label}: "${key}" must be true or false`);
    }
    const term: CuratedTerm = {
      id,
      ...names,
      aliases: f.textList('aliases'),
      definition,
      ...(inSources ? { inSources } : {}),
      tier: tier as Tier,
      ...(asOf ? { asOf } : {}),
      related: f.textList('related'),
      caseSensitive: t.caseSensitive !== false,
      exclude: f.textList('exclude'),
      forms: { add: ff.textList('add'), veto: ff.textList('veto') },
      pinyin: f.optionalText('pinyin'),
      matching: readMatching(t, f, label, problems),
      ...(typeof t.properName === 'boolean' ? { properName: t.properName } : {}),
      keepInTraditional: f.textList('keepInTraditional'),
    };
    return problems.length === before ? [term] : [];
  });
}

function readMatching(t: Rec, f: Fields, label: string, problems: string[]): MatchingFields {
  if (t.sense !== undefined && t.sense !== 'tech') problems.push(`${label}: "sense" must be tech`);
  for (const key of ['marked', 'digitsMayTouch', 'versions']) {
    if (t[key] !== undefined && typeof t[key] !== 'boolean') problems.push(`${label}: "${key}" must be true or false`);
  }
  return {
    keep: f.textList('keep'),
    ...(t.sense === 'tech' ? { sense: 'tech' as const } : {}),
    marked: t.marked !== false,
    digitsMayTouch: t.digitsMayTouch === true,
    versions: t.versions === true,
  };
}

export function readSources(doc: unknown, problems: string[]): CuratedSource[] {
  if (!isRecord(doc) || !Array.isArray(doc.sources)) {
    problems.push('sources file: "sources" must be a list');
    return [];
  }
  return doc.sources.flatMap((s, i) => {
    const label = isRecord(s) && isText(s.id) ? `source "${s.id}"` : `source #${i + 1}`;
    if (!isRecord(s)) {
      problems.push(`${label}: must be an object`);
      return [];
    }
    const before = problems.length;
    const f = new Fields(s, label, problems);
    f.unknownKeys(SOURCE_KEYS);
    const script = f.text('script');
    if (script && script !== 'zh-Hans' && script !== 'zh-Hant') {
      problems.push(`${label}: "script" must be zh-Hans or zh-Hant`);
    }
    const date = f.text('date');
    if (date && !DATE.test(date)) problems.push(`${label}: "date" must be YYYY, YYYY-MM or YYYY-MM-DD`);
    const stories = Array.isArray(s.stories) ? s.stories : [];
    if (!Array.isArray(s.stories) || stories.length === 0) {
      problems.push(`${label}: "stories" must list at least one { heading, author }`);
    }
    const sha256 = f.text('sha256');
    if (sha256 && !/^[0-9a-f]{64}$/.test(sha256)) problems.push(`${label}: "sha256" must be 64 lowercase hex digits`);
    const source: CuratedSource = {
      id: f.text('id'),
      file: f.text('file'),
      sha256,
      title: f.text('title'),
      subtitle: f.optionalText('subtitle'),
      publication: f.text('publication'),
      author: f.text('author'),
      date,
      dateNote: f.optionalText('dateNote'),
      script: script as Script,
      url: f.optionalText('url'),
      stories: stories.flatMap((story, j) => {
        if (!isRecord(story)) {
          problems.push(`${label} story #${j + 1}: must be { heading, author, paragraphs? }`);
          return [];
        }
        const sf = new Fields(story, `${label} story #${j + 1}`, problems);
        sf.unknownKeys(new Set(['heading', 'author', 'paragraphs']));
        return [{ heading: sf.text('heading'), author: sf.text('author'), paragraphs: sf.textList('paragraphs') }];
      }),
      captions: f.textList('captions'),
    };
    return problems.length === before ? [source] : [];
  });
}
