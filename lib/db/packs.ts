/**
 * Downloaded glossary packs: one record per (source, pack), its version beside its terms, so a file
 * is applied and its version recorded in one transaction: a download cut short, a tab closed or a
 * browser killed mid-write leaves the previous version whole, and the next check resumes from it.
 */
import { applyPatch, type FullPack, type PackPatch } from '../packs/formats';
import { PackFormatError } from '../packs/pack-term';
import { OlderVersionError } from '../packs/plan';
import type { PackStore } from '../packs/update-source';
import { compareVersions, parseVersion } from '../packs/version';
import { packKey, type StoredPack } from './pack-record';
import type { ReaderDb } from './schema';

export { packKey, type StoredPack } from './pack-record';


const isNewer = (next: string, held: string) => compareVersions(parseVersion(next)!, parseVersion(held)!) > 0;

export function packStore(db: ReaderDb, now: () => number = Date.now): PackStore {
  return {
    async held(source) {
      const packs = await db.packs.where('source').equals(source).toArray();
      return new Map(packs.map((p) => [p.domain, p.version]));
    },
    applyFull(source, pack: FullPack) {
      return db.transaction('rw', db.packs, async () => {
        const key = packKey(source, pack.domain);
        const current = await db.packs.get(key);
        // Checked again inside the transaction: a second check may have applied a newer one meanwhile.
        if (current && !isNewer(pack.version, current.version)) throw new OlderVersionError(pack.domain, pack.version, current.version);
        const terms = Object.fromEntries(pack.terms.map((t) => [t.id, t]));
        await db.packs.put({ key, source, domain: pack.domain, version: pack.version, date: pack.date, appliedAt: now(), terms });
      });
    },
    applyPatch(source, patch: PackPatch) {
      return db.transaction('rw', db.packs, async () => {
        const current = await db.packs.get(packKey(source, patch.domain));
        if (!current || current.version !== patch.from) {
          throw new PackFormatError(`${patch.domain} patch ${patch.version} applies to ${patch.from}, but ${current?.version ?? 'nothing'} is held`);
        }
        const terms = applyPatch(new Map(Object.entries(current.terms)), patch);
        await db.packs.put({ ...current, version: patch.version, date: patch.date, appliedAt: now(), terms: Object.fromEntries(terms) });
      });
    },
  };
}

export function listPacks(db: ReaderDb): Promise<StoredPack[]> {
  return db.packs.toArray();
}

/** Every pack a source gave, removed (its subscription removed). */
export async function removeSourcePacks(db: ReaderDb, source: string): Promise<number> {
  return db.packs.where('source').equals(source).delete();
}
