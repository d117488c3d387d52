/**
 * Own terms are stored in a fixed number of shards (one IndexedDB record each holds the terms whose
 * id hashes to it), not one record per term: every IndexedDB request costs a round trip to the
 * browser's storage process (about 0.2 ms each on a busy 2-core machine, so 20 s for 100,000 terms),
 * while 256 shards write the same 100,000 terms in about 2 s. A single save reads and rewrites one
 * shard (a few hundred terms at most); the matcher reads all of them in 256 requests.
 */
import type { ReaderDb } from './schema';
import { shardOf, type OwnTermShard } from './shard-of';
import type { OwnTerm } from './types';

export { OWN_TERM_SHARDS, shardOf, type OwnTermShard } from './shard-of';

export async function getOwnTerm(db: ReaderDb, id: string): Promise<OwnTerm | undefined> {
  return (await db.ownTermShards.get(shardOf(id)))?.terms[id];
}

export async function listOwnTerms(db: ReaderDb): Promise<OwnTerm[]> {
  return (await db.ownTermShards.toArray()).flatMap((s) => Object.values(s.terms));
}

export async function countOwnTerms(db: ReaderDb): Promise<number> {
  let n = 0;
  for (const s of await db.ownTermShards.toArray()) n += Object.keys(s.terms).length;
  return n;
}

/** Changes one stored term (in its own transaction, or the caller's); false when there is no such term. */
export function updateOwnTerm(db: ReaderDb, id: string, change: (term: OwnTerm) => OwnTerm | undefined): Promise<boolean> {
  return db.transaction('rw', db.ownTermShards, async () => {
    const shard = await db.ownTermShards.get(shardOf(id));
    const current = shard?.terms[id];
    if (!shard || !current) return false;
    const next = change(current);
    if (next) shard.terms[id] = next;
    else delete shard.terms[id];
    await db.ownTermShards.put(shard);
    return true;
  });
}

export interface PutOptions {
  /** After each step: records written so far, of all. */
  onProgress?: (written: number, total: number) => void;
  /** Checked before each step; true throws `cancelled()`'s error and the caller's transaction rolls back. */
  cancelled?: () => boolean;
  cancelError?: () => Error;
  /** Shards written per step. */
  shardsPerStep?: number;
}

/**
 * Puts records (new or replacing the same id) with one read and one write per touched shard. Must
 * run inside a 'rw' transaction on ownTermShards when it has to be atomic with something else.
 */
export async function putOwnTerms(db: ReaderDb, records: readonly OwnTerm[], options: PutOptions = {}): Promise<void> {
  const byShard = new Map<number, OwnTerm[]>();
  for (const record of records) {
    const n = shardOf(record.id);
    const list = byShard.get(n);
    if (list) list.push(record);
    else byShard.set(n, [record]);
  }
  const numbers = [...byShard.keys()].sort((a, b) => a - b);
  const stored = await db.ownTermShards.bulkGet(numbers);
  const step = options.shardsPerStep ?? 16;
  let written = 0;
  for (let at = 0; at < numbers.length; at += step) {
    if (options.cancelled?.()) throw options.cancelError?.() ?? new Error('cancelled');
    const shards = numbers.slice(at, at + step).map((n, i): OwnTermShard => {
      const shard = stored[at + i] ?? { shard: n, terms: {} };
      for (const record of byShard.get(n)!) shard.terms[record.id] = record;
      written += byShard.get(n)!.length;
      return shard;
    });
    await db.ownTermShards.bulkPut(shards);
    options.onProgress?.(written, records.length);
  }
  if (options.cancelled?.()) throw options.cancelError?.() ?? new Error('cancelled');
}
