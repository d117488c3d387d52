/**
 * What goes into the sync area when not everything fits: sections in their order (settings,
 * statuses, notes, own terms), each whole if it fits in what is left, else its most recently changed
 * records that do; whatever is not written stays on this device (and in its backup file) and is
 * reported, section by section.
 */
import type { Codec } from './codec';
import { encodeSection, MANIFEST_KEY, manifestBytes, manifestOf, type EncodedSection } from './encoding';
import { itemsBytes, type SyncQuota } from './quota';
import { SECTIONS, type Section, type SyncRecord } from './records';

/** Bytes kept for the manifest: four sections' entries and a device id take under 150. */
const MANIFEST_RESERVE = 200;

/** A section's records in the order they get space: the latest change first (ties by key, so every device cuts alike). */
export function byRecency(records: readonly SyncRecord[]): SyncRecord[] {
  return [...records].sort((a, b) => b.t - a.t || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

export interface SectionReport {
  section: Section;
  /** Records this device has for the section (tombstones included). */
  total: number;
  /** Of them, in the area. */
  synced: number;
}

export interface FittedArea {
  /** Every item to be in the area, the manifest included. */
  items: Record<string, unknown>;
  report: SectionReport[];
  /** The keys of the records written. */
  written: Set<string>;
  bytes: number;
}

export interface FitOptions {
  records: ReadonlyMap<Section, readonly SyncRecord[]>;
  quota: SyncQuota;
  /** Share of the quota to use (1, or less after the browser refused a write for size). */
  share: number;
  codec: Codec;
  device: string;
}

export async function fitToQuota({ records, quota, share, codec, device }: FitOptions): Promise<FittedArea> {
  let roomBytes = Math.floor(quota.bytes * share) - MANIFEST_RESERVE;
  let roomItems = quota.maxItems - 1;
  const sections: EncodedSection[] = [];
  const report: SectionReport[] = [];
  const written = new Set<string>();
  for (const section of SECTIONS) {
    const ordered = byRecency(records.get(section) ?? []);
    const fits = (e: EncodedSection) => itemsBytes(e.items) <= roomBytes && Object.keys(e.items).length <= roomItems;
    const encode = (n: number) => encodeSection(section, ordered.slice(0, n), codec, quota);
    let chosen: EncodedSection | undefined;
    let count = 0;
    if (ordered.length > 0) {
      const whole = await encode(ordered.length);
      if (fits(whole)) [chosen, count] = [whole, ordered.length];
      else {
        // Largest prefix that fits, by bisection; probes stop at a raw size the space could hold even at
        // three times the whole section's compression, so a huge section is not compressed over and over.
        const ratio = ordered.reduce((sum, r) => sum + JSON.stringify(r).length, 0) / Math.max(1, itemsBytes(whole.items));
        let hi = 0;
        for (let raw = 0; hi < ordered.length - 1; hi++) {
          raw += JSON.stringify(ordered[hi]).length;
          if (raw > roomBytes * ratio * 3) break;
        }
        let lo = 0;
        while (lo < hi) {
          const mid = Math.ceil((lo + hi) / 2);
          const probe = await encode(mid);
          if (fits(probe)) [lo, chosen, count] = [mid, probe, mid];
          else hi = mid - 1;
        }
      }
    }
    if (chosen && count > 0) {
      sections.push(chosen);
      roomBytes -= itemsBytes(chosen.items);
      roomItems -= Object.keys(chosen.items).length;
      for (const r of ordered.slice(0, count)) written.add(r.key);
    }
    report.push({ section, total: ordered.length, synced: count });
  }
  const manifest = manifestOf(sections, codec, device);
  if (manifestBytes(manifest) > MANIFEST_RESERVE) throw new Error('sync manifest larger than its reserve');
  const items: Record<string, unknown> = { [MANIFEST_KEY]: manifest };
  for (const s of sections) Object.assign(items, s.items);
  return { items, report, written, bytes: itemsBytes(items) };
}
