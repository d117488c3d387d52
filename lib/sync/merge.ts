/**
 * Three-way merge of one device's records with the sync area's, per record. `base` is what this
 * device last agreed with the area on (per key: the change's stamp and the local time it was kept
 * under), so a record tells whether it changed here, there, or on both sides since:
 * - changed on one side only → that side wins, whatever the clocks say (a change made after seeing
 *   the other's is later, even from a device whose clock is behind; its stamp is moved past the other's);
 * - changed on both → the later stamp wins, the same time decided by device id; an edit beats a deletion;
 * - absent from the area without a tombstone (cut for space, or its tombstone expired) is never a
 *   deletion: the local record stays and is offered again.
 * Deletions here are seen as a record in `base` that is no longer local, and leave as tombstones —
 * unless most of what was synced is gone at once (SYNC_MASS_DELETION_MIN): a lost database is
 * filled again from the area rather than emptying every other device.
 */
import { SYNC_MASS_DELETION_MIN } from './timing';
import { compareChanges, STAMP_MS, stampOf, type SyncRecord } from './records';

/** A local record: its change time as the database keeps it, and its value. */
export interface LocalValue {
  t: number;
  v: unknown;
}

/** What this device and the area last agreed on for a key. */
export interface BaseEntry {
  /** The agreed change's stamp. */
  t: number;
  d: string;
  /** The change time the local record was kept under then (differs from t where a stamp was moved past another's). */
  lt: number;
  /** The agreed state was a deletion. */
  del?: true;
  /** For values with no change time of their own (settings): their JSON then, so a change is seen by comparing. */
  h?: string;
}

export interface MergeInput {
  local: ReadonlyMap<string, LocalValue>;
  remote: ReadonlyMap<string, SyncRecord>;
  base: ReadonlyMap<string, BaseEntry>;
  device: string;
  now: number;
  /** Tombstones older than this (ms) are no longer written. */
  tombstoneMs: number;
  /** Keys this device neither applies nor offers (the site list, unless the reader ticked it): the area's record is kept as it is. */
  passThrough?: (key: string) => boolean;
}

export interface MergeResult {
  /** Every record the area should hold, by key. */
  outgoing: Map<string, SyncRecord>;
  /** Records from the area to write into this device (tombstones: delete here). */
  applyLocally: Map<string, SyncRecord>;
  /** The base after this merge, for each key that has a winner (applied or offered). */
  nextBase: Map<string, BaseEntry>;
}

function changedHere(local: LocalValue | undefined, base: BaseEntry | undefined): boolean {
  if (local) return !base || base.del === true || local.t !== base.lt;
  return base !== undefined && base.del !== true;
}

function changedThere(remote: SyncRecord | undefined, base: BaseEntry | undefined): boolean {
  return remote !== undefined && (!base || remote.t !== base.t || remote.d !== base.d);
}

/** Whether the records gone here since the base look like a lost database rather than the reader's deletions. */
function looksLost(local: ReadonlyMap<string, LocalValue>, base: ReadonlyMap<string, BaseEntry>, passThrough?: (key: string) => boolean): boolean {
  let live = 0;
  let gone = 0;
  for (const [key, b] of base) {
    if (b.del || passThrough?.(key)) continue;
    live++;
    if (!local.has(key)) gone++;
  }
  return gone >= SYNC_MASS_DELETION_MIN && gone * 2 > live;
}

export function mergeRecords(input: MergeInput): MergeResult {
  const { local, remote, base, device, now } = input;
  const lost = looksLost(local, base, input.passThrough);
  const outgoing = new Map<string, SyncRecord>();
  const applyLocally = new Map<string, SyncRecord>();
  const nextBase = new Map<string, BaseEntry>();
  const keys = new Set([...local.keys(), ...remote.keys(), ...base.keys()]);
  for (const key of keys) {
    const l = local.get(key);
    const r = remote.get(key);
    const b = base.get(key);
    if (input.passThrough?.(key)) {
      if (r) outgoing.set(key, r);
      continue;
    }
    const here = !l && lost ? false : changedHere(l, b);
    const there = changedThere(r, b);
    // This device's version as a record: its own stamp when changed here, else the agreed one.
    let mine: SyncRecord | undefined;
    if (here) mine = l ? { key, t: stampOf(l.t), d: device, v: l.v } : { key, t: stampOf(now), d: device };
    else if (l && b) mine = { key, t: b.t, d: b.d, v: l.v };
    let winner: SyncRecord | undefined;
    let fromRemote = false;
    if (here && !there) {
      // Causally later than what the area holds: moved past it if this device's clock is behind.
      winner = mine && r && compareChanges(mine, r) <= 0 ? { ...mine, t: r.t + STAMP_MS } : mine;
    } else if (there && !here) {
      winner = r;
      fromRemote = true;
    } else if (here && there) {
      // An edit beats a concurrent deletion (a deletion is only seen when this device next syncs, so its
      // stamp is late); otherwise the later change wins.
      const mineGone = mine!.v === undefined;
      const theirsGone = r!.v === undefined;
      fromRemote = mineGone !== theirsGone ? mineGone : compareChanges(r!, mine!) >= 0;
      winner = fromRemote ? r : mine;
    } else {
      winner = r ?? mine;
      fromRemote = r !== undefined;
    }
    if (!winner) continue;
    const deleted = winner.v === undefined;
    if (fromRemote && !(deleted && !l)) applyLocally.set(key, winner);
    const lt = fromRemote ? winner.t : (l?.t ?? winner.t);
    nextBase.set(key, { t: winner.t, d: winner.d, lt, ...(deleted ? { del: true as const } : {}) });
    if (!deleted || now - winner.t <= input.tombstoneMs) outgoing.set(key, winner);
  }
  return { outgoing, applyLocally, nextBase };
}
