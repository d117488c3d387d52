/**
 * This device's side of sync: the reader's database and settings read as sync records, and records
 * from the area written into them. The database stays the source of truth: only a record that won
 * its merge is written, a deletion only by a tombstone, all database writes in one transaction.
 * Never read: the history of opened cards. Never sent: where an own term was met's page address.
 */
import { getOwnTerm, listOwnTerms, putOwnTerms, updateOwnTerm } from '../db/own-term-shards';
import type { ReaderDb } from '../db/schema';
import type { OwnTerm } from '../db/types';
import type { TermStatus } from '../term-status';
import { DEFAULT_SETTINGS, type Settings } from '../settings';
import type { BaseEntry, LocalValue } from './merge';
import { idOf, keyOf, sectionOf, type SyncRecord } from './records';
import { SETTING_FIELDS } from './validate';

export interface SettingsAccess {
  load(): Promise<Settings>;
  save(settings: Settings): Promise<void>;
}

/** What an apply changed, per kind: the background tells open tabs accordingly. */
export interface AppliedCounts {
  settings: number;
  statuses: number;
  notes: number;
  ownTerms: number;
}

export interface LocalStore {
  /** Every local record by key; settings, having no change times, are stamped `now` where they differ from `base`. */
  read(base: ReadonlyMap<string, BaseEntry>, now: number): Promise<Map<string, LocalValue>>;
  apply(records: ReadonlyMap<string, SyncRecord>): Promise<AppliedCounts>;
}

/** An own term as it travels: no id (the key holds it), no change time (the record's), no page address. */
export function ownTermForSync(term: OwnTerm): Record<string, unknown> {
  const { id: _id, updatedAt: _t, met, ...rest } = term;
  const { url: _url, ...metKept } = met ?? {};
  return { ...rest, ...(Object.keys(metKept).length > 0 ? { met: metKept } : {}) };
}

/** `fields`: the settings fields this device syncs (the site list only when the reader ticked it). */
export function readerStore(db: ReaderDb, settings: SettingsAccess, fields: () => readonly (keyof Settings)[]): LocalStore {
  return {
    async read(base, now) {
      const local = new Map<string, LocalValue>();
      const [statuses, notes, own, current] = await Promise.all([db.statuses.toArray(), db.notes.toArray(), listOwnTerms(db), settings.load()]);
      for (const s of statuses) local.set(keyOf('s', s.termId), { t: s.updatedAt, v: s.status });
      for (const n of notes) local.set(keyOf('n', n.termId), { t: n.updatedAt, v: n.text });
      for (const o of own) local.set(keyOf('o', o.id), { t: o.updatedAt, v: ownTermForSync(o) });
      for (const field of fields()) {
        const key = keyOf('c', field);
        const agreed = base.get(key);
        const json = JSON.stringify(current[field]);
        // Never synced and still the default: unchanged, so any device's choice wins over it.
        const t = agreed ? (agreed.h === json ? agreed.lt : now) : json === JSON.stringify(DEFAULT_SETTINGS[field]) ? 0 : now;
        local.set(key, { t, v: current[field] });
      }
      return local;
    },

    async apply(records) {
      const counts: AppliedCounts = { settings: 0, statuses: 0, notes: 0, ownTerms: 0 };
      const bySection = { c: [] as SyncRecord[], s: [] as SyncRecord[], n: [] as SyncRecord[], o: [] as SyncRecord[] };
      for (const record of records.values()) bySection[sectionOf(record.key)].push(record);
      await db.transaction('rw', [db.statuses, db.notes, db.ownTermShards], async () => {
        for (const r of bySection.s) {
          const termId = idOf(r.key);
          if (r.v === undefined) await db.statuses.delete(termId);
          else await db.statuses.put({ termId, status: r.v as TermStatus, updatedAt: r.t });
        }
        for (const r of bySection.n) {
          const termId = idOf(r.key);
          if (r.v === undefined) await db.notes.delete(termId);
          else await db.notes.put({ termId, text: r.v as string, updatedAt: r.t });
        }
        const puts: OwnTerm[] = [];
        for (const r of bySection.o) {
          const id = idOf(r.key);
          if (r.v === undefined) {
            await updateOwnTerm(db, id, () => undefined);
            continue;
          }
          const incoming = { ...(r.v as Omit<OwnTerm, 'id' | 'updatedAt'>), id, updatedAt: r.t };
          // The page address never travels: where this device kept one, it stays.
          const kept = (await getOwnTerm(db, id))?.met?.url;
          puts.push(kept ? { ...incoming, met: { ...incoming.met, url: kept } } : incoming);
        }
        await putOwnTerms(db, puts);
      });
      counts.statuses = bySection.s.length;
      counts.notes = bySection.n.length;
      counts.ownTerms = bySection.o.length;
      const allowed = new Set(fields());
      const fieldsIn = bySection.c.filter((r) => allowed.has(idOf(r.key) as keyof Settings) && r.v !== undefined);
      if (fieldsIn.length > 0) {
        const current = await settings.load();
        const next = { ...current, ...Object.fromEntries(fieldsIn.map((r) => [idOf(r.key), r.v])) } as Settings;
        await settings.save(next);
        counts.settings = fieldsIn.length;
      }
      return counts;
    },
  };
}

/** The settings fields a device syncs: all but the site list, which only when the reader also ticked it. */
export function syncedSettingFields(withSites: boolean): (keyof Settings)[] {
  return SETTING_FIELDS.filter((f) => withSites || f !== 'disabledSites');
}
