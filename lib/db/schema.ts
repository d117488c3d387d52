/**
 * The reader's database (IndexedDB through Dexie), opened only in the extension's own origin: the
 * background and extension pages. A content script never opens it — there it would live in the
 * page's origin, readable by the page.
 *
 * Versions (Dexie keeps them all, so a reader on any older one is upgraded in place):
 * 1. ownTerms (term, variants, one `definition` string) and notes.
 * 2. ownTerms gain `forms` (term + variants), `definitionZh`/`definitionEn` (the one definition
 *    goes to the side its script says), `origin`, `createdAt`/`updatedAt`; statuses and history added.
 * 3. ownTerms move into ownTermShards (lib/db/own-term-shards.ts): a 100,000-term import is 256
 *    writes instead of 100,000. The forms/tags indexes go with them (nothing queried them).
 * 4. packs added (lib/db/packs.ts): one record per downloaded glossary pack, its version beside its terms.
 */
import Dexie, { type DexieOptions, type EntityTable } from 'dexie';
import { OWN_TERM_SHARDS, shardOf, type OwnTermShard } from './shard-of';
import type { HistoryRecord, OwnTerm, StatusRecord, TermNote } from './types';
import type { StoredPack } from './pack-record';
import { hasHan } from '../text/han';

export const DB_NAME = 'termlens';
export const DB_VERSION = 4;

/** Version 1's stores, kept here so the upgrade test can create a database of exactly that shape. */
export const SCHEMA_V1 = { ownTerms: 'id, &term', notes: 'termId' } as const;
export const SCHEMA_V2 = {
  ownTerms: 'id, &term, *forms, *tags',
  notes: 'termId',
  statuses: 'termId, status',
  history: '++seq, termId, at, site',
} as const;
export const SCHEMA_V3 = { ...SCHEMA_V2, ownTerms: null, ownTermShards: 'shard' } as const;
export const SCHEMA_V4 = { ...SCHEMA_V3, packs: 'key, source' } as const;

/** A version 1 own term as it was stored. */
export interface OwnTermV1 {
  id: string;
  term: string;
  variants?: string[];
  pinyin?: string;
  english?: string;
  definition?: string;
  note?: string;
  tags?: string[];
}

export type ReaderDb = Dexie & {
  ownTermShards: EntityTable<OwnTermShard, 'shard'>;
  notes: EntityTable<TermNote, 'termId'>;
  statuses: EntityTable<StatusRecord, 'termId'>;
  history: EntityTable<HistoryRecord, 'seq'>;
  packs: EntityTable<StoredPack, 'key'>;
};

/** A version 1 record in version 2's shape. */
export function upgradeOwnTermV1(old: OwnTermV1, now: number): OwnTerm {
  const definition = old.definition ?? '';
  const forms = [old.term, ...(old.variants ?? [])].filter((f, i, all) => f && all.indexOf(f) === i);
  return {
    id: old.id,
    term: old.term,
    forms,
    pinyin: old.pinyin ?? '',
    english: old.english ?? '',
    definitionZh: hasHan(definition) ? definition : '',
    definitionEn: hasHan(definition) ? '' : definition,
    note: old.note ?? '',
    tags: old.tags ?? [],
    origin: 'manual',
    createdAt: now,
    updatedAt: now,
  };
}

/** Opens (and upgrades) the database. `options` injects an IndexedDB (fake-indexeddb in tests). */
export function openReaderDb(options?: DexieOptions, name = DB_NAME): ReaderDb {
  const db = new Dexie(name, options) as ReaderDb;
  db.version(1).stores(SCHEMA_V1);
  db.version(2)
    .stores(SCHEMA_V2)
    .upgrade(async (tx) => {
      const now = Date.now();
      await tx
        .table('ownTerms')
        .toCollection()
        .modify((record: Record<string, unknown>, ref: { value: unknown }) => {
          ref.value = upgradeOwnTermV1(record as unknown as OwnTermV1, now);
        });
    });
  db.version(3)
    .stores(SCHEMA_V3)
    .upgrade(async (tx) => {
      const shards = Array.from({ length: OWN_TERM_SHARDS }, (_, shard): OwnTermShard => ({ shard, terms: {} }));
      for (const term of (await tx.table('ownTerms').toArray()) as OwnTerm[]) shards[shardOf(term.id)]!.terms[term.id] = term;
      await tx.table('ownTermShards').bulkPut(shards.filter((s) => Object.keys(s.terms).length > 0));
    });
  // A new store only: nothing to move.
  db.version(4).stores(SCHEMA_V4);
  return db;
}
