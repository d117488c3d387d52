/** Which of the own-term shards (lib/db/own-term-shards.ts) holds an id; the schema's upgrade uses it too. */
import type { OwnTerm } from './types';

export const OWN_TERM_SHARDS = 256;

/** One stored shard: its number and its terms by id. */
export interface OwnTermShard {
  shard: number;
  terms: Record<string, OwnTerm>;
}

/** The shard an id lives in: FNV-1a of the whole id, so any id (a restored backup's too) spreads evenly. */
export function shardOf(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return (h >>> 0) % OWN_TERM_SHARDS;
}
