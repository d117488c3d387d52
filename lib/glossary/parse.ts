/**
 * Checks that unknown JSON is a glossary this version can use, with a clear error naming the first
 * bad record. The bundled glossary is trusted; user glossaries (imported later) are not.
 */
import { GLOSSARY_VERSION, type Glossary } from './types';

export class GlossaryFormatError extends Error {
  constructor(message: string) {
    super(`invalid glossary: ${message}`);
    this.name = 'GlossaryFormatError';
  }
}

type Rec = Record<string, unknown>;
const isRecord = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string';
const isStringList = (v: unknown): v is string[] => Array.isArray(v) && v.every(isString);
const isOffset = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;

function need(ok: boolean, message: string): void {
  if (!ok) throw new GlossaryFormatError(message);
}

function checkPassage(p: unknown, where: string, sourceIds: Set<string>): void {
  need(isRecord(p), `${where} must be an object`);
  const r = p as Rec;
  need(isString(r.source) && sourceIds.has(r.source), `${where}.source must name a listed source`);
  need(isOffset(r.offset), `${where}.offset must be a non-negative integer`);
  need(isString(r.text), `${where}.text must be a string`);
}

export function parseGlossary(json: unknown): Glossary {
  need(isRecord(json), 'not an object');
  const g = json as Rec;
  need(g.version === GLOSSARY_VERSION, `version ${String(g.version)} is not supported (expected ${GLOSSARY_VERSION})`);
  need(Array.isArray(g.categories) && Array.isArray(g.sources) && Array.isArray(g.terms), 'categories, sources and terms must be lists');
  const sourceIds = new Set<string>();
  (g.sources as unknown[]).forEach((s, i) => {
    need(isRecord(s) && isString(s.id) && isString(s.title) && Array.isArray(s.stories), `sources[${i}] needs id, title, stories`);
    sourceIds.add((s as Rec).id as string);
  });
  const ids = new Set<string>();
  (g.terms as unknown[]).forEach((t, i) => {
    need(isRecord(t) && isString(t.id), `terms[${i}] needs an id`);
    const term = t as Rec;
    const where = `term "${term.id as string}"`;
    need(!ids.has(term.id as string), `${where} appears twice`);
    ids.add(term.id as string);
    need(isString(term.term) && term.term.length > 0, `${where}: term must be a non-empty string`);
    need(isStringList(term.forms) && term.forms.length > 0 && term.forms.every((f) => f.length > 0), `${where}: forms must be non-empty strings`);
    need(isStringList(term.exclude), `${where}: exclude must be a list of strings`);
    need(isStringList(term.related), `${where}: related must be a list of ids`);
    need(typeof term.caseSensitive === 'boolean', `${where}: caseSensitive must be true or false`);
    need(isRecord(term.definition) && isString(term.definition.zh) && isString(term.definition.en), `${where}: definition needs zh and en`);
    const zhHant = (term.definition as Rec).zhHant;
    need(zhHant === undefined || isString(zhHant), `${where}: definition.zhHant must be a string`);
    const inSources = term.inSources;
    need(inSources === undefined || (isRecord(inSources) && isString(inSources.zh) && isString(inSources.en)), `${where}: inSources needs zh and en`);
    if (isRecord(inSources) && inSources.passage !== undefined) checkPassage(inSources.passage, `${where} inSources.passage`, sourceIds);
    need(term.tier === undefined || term.tier === 'seed' || term.tier === 'core', `${where}: tier must be seed or core`);
    need(term.asOf === undefined || isString(term.asOf), `${where}: asOf must be a string`);
    need(Array.isArray(term.excerpts), `${where}: excerpts must be a list`);
    (term.excerpts as unknown[]).forEach((e, j) => {
      checkPassage(e, `${where} excerpts[${j}]`, sourceIds);
      const mark = (e as Rec).mark;
      const text = (e as Rec).text as string;
      need(Array.isArray(mark) && mark.length === 2 && isOffset(mark[0]) && isOffset(mark[1]) && mark[0] < mark[1] && mark[1] <= text.length,
        `${where} excerpts[${j}].mark must be [start, end) inside the text`);
    });
  });
  return json as unknown as Glossary;
}
