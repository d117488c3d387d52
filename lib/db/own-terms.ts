/** Own terms: the reader's entries, keyed by a stable id derived from the term itself. */
import { getOwnTerm, putOwnTerms, shardOf, updateOwnTerm } from './own-term-shards';
import type { ReaderDb } from './schema';
import type { OwnTerm, StatusRecord } from './types';

/** Prefix of every own term's id: bundled ids never start with it (they are slugs of curated terms). */
export const OWN_ID_PREFIX = 'own-';

/** Two FNV-1a passes (different offsets) → 16 hex digits: no collision in practice at 10⁵–10⁶ terms. */
function hash64(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193) ^ (b >>> 13);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

/** Printable ASCII and CJK unified ideographs, no spaces: already normal (NFC leaves them as they are). */
const ALREADY_NORMAL = /^[\x21-\x7e\u3400-\u4dbf\u4e00-\u9fff]*$/;

/** The normal form a term is keyed and compared by. */
export function normalizeTerm(term: string): string {
  // Most terms take the fast path: an import normalizes each of 100,000 terms several times.
  if (ALREADY_NORMAL.test(term)) return term;
  return term.normalize('NFC').trim().replace(/\s+/g, ' ');
}

/** The id of the own term spelled `term`: the same in every profile, so exports stay stable (Anki GUIDs). */
export function ownTermId(term: string): string {
  return OWN_ID_PREFIX + hash64(normalizeTerm(term));
}

export function isOwnTermId(id: string): boolean {
  return id.startsWith(OWN_ID_PREFIX);
}

export type OwnTermInput = Pick<OwnTerm, 'term'> & Partial<Omit<OwnTerm, 'id' | 'term' | 'createdAt' | 'updatedAt'>>;

/** A complete record from what the reader (or a file) gave; `existing` keeps its creation time. */
export function ownTermOf(input: OwnTermInput, now: number, existing?: OwnTerm): OwnTerm {
  const term = normalizeTerm(input.term);
  const forms = [term, ...(input.forms ?? []).map(normalizeTerm)].filter((f, i, all) => f !== '' && all.indexOf(f) === i);
  return {
    id: ownTermId(term),
    term,
    forms,
    pinyin: (input.pinyin ?? '').trim(),
    english: (input.english ?? '').trim(),
    definitionZh: (input.definitionZh ?? '').trim(),
    definitionEn: (input.definitionEn ?? '').trim(),
    note: (input.note ?? '').trim(),
    tags: [...new Set((input.tags ?? []).map((t) => t.trim()).filter(Boolean))],
    ...(input.met && (input.met.title || input.met.url || input.met.sentence) ? { met: input.met } : {}),
    origin: input.origin ?? 'manual',
    createdAt: existing?.createdAt ?? now,
    updatedAt: now,
  };
}

/** Whether two records hold the same reader-visible content (times and origin aside). */
export function sameContent(a: OwnTerm, b: OwnTerm): boolean {
  const strip = ({ createdAt: _c, updatedAt: _u, origin: _o, ...rest }: OwnTerm) => JSON.stringify(rest);
  return strip(a) === strip(b);
}

export async function saveOwnTerm(db: ReaderDb, input: OwnTermInput, now = Date.now()): Promise<OwnTerm> {
  return db.transaction('rw', db.ownTermShards, async () => {
    const record = ownTermOf(input, now, await getOwnTerm(db, ownTermId(input.term)));
    await putOwnTerms(db, [record]);
    return record;
  });
}

export { getOwnTerm, listOwnTerms, countOwnTerms, updateOwnTerm } from './own-term-shards';

export async function deleteOwnTerm(db: ReaderDb, id: string): Promise<void> {
  await updateOwnTerm(db, id, () => undefined);
}

/** What deleting own terms took away, to put back on "Undo": the records and their statuses. */
export interface DeletedOwnTerms {
  terms: OwnTerm[];
  statuses: StatusRecord[];
}

/** Deletes own terms (one shard read and write each) and their statuses in one transaction. */
export async function deleteOwnTerms(db: ReaderDb, ids: readonly string[]): Promise<DeletedOwnTerms> {
  return db.transaction('rw', db.ownTermShards, db.statuses, async () => {
    const byShard = new Map<number, string[]>();
    for (const id of ids) byShard.set(shardOf(id), [...(byShard.get(shardOf(id)) ?? []), id]);
    const numbers = [...byShard.keys()];
    const shards = await db.ownTermShards.bulkGet(numbers);
    const terms: OwnTerm[] = [];
    const changed = shards.flatMap((shard, i) => {
      if (!shard) return [];
      for (const id of byShard.get(numbers[i]!)!) {
        const term = shard.terms[id];
        if (term) terms.push(term);
        delete shard.terms[id];
      }
      return [shard];
    });
    await db.ownTermShards.bulkPut(changed);
    const removedIds = terms.map((t) => t.id);
    const statuses = (await db.statuses.bulkGet(removedIds)).filter((s): s is StatusRecord => s !== undefined);
    await db.statuses.bulkDelete(removedIds);
    return { terms, statuses };
  });
}

/** "Undo": puts deleted own terms and their statuses back as they were. */
export async function restoreOwnTerms(db: ReaderDb, deleted: DeletedOwnTerms): Promise<void> {
  await db.transaction('rw', db.ownTermShards, db.statuses, async () => {
    await putOwnTerms(db, deleted.terms);
    await db.statuses.bulkPut(deleted.statuses);
  });
}
