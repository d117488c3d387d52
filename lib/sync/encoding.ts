/**
 * The sync area's items. Each section (settings, statuses, notes, own terms) is one JSON text in
 * columns (ids, times as offsets from the earliest, device numbers, values; a tombstone's value is
 * null), compressed, base64, and cut into pieces that each fit an item with its key: `s0`, `s1`, ….
 * Every piece starts with the fingerprint of its section's whole text, and the manifest (`m`) names
 * each section's fingerprint and piece count, the codec and the format version: a reader that meets
 * pieces of two different writes (another device's write half arrived) sees it and skips that section.
 * Statuses are keyed by term id, never by a position in the glossary: ids are stable across glossary
 * versions and packs, positions are not.
 */
import { canDecode, compress, decompress, fingerprint, fromBase64, isCodec, toBase64, type Codec } from './codec';
import { itemBytes, utf8Bytes, type SyncQuota } from './quota';
import { DEVICE_ID, keyOf, SECTIONS, STAMP_MS, type Section, type SyncRecord } from './records';

export const MANIFEST_KEY = 'm';
export const FORMAT_VERSION = 1;

export interface Manifest {
  /** Format version: a newer one is not read (and not overwritten by this version). */
  f: number;
  z: Codec;
  /** The device that wrote it last. */
  by: string;
  /** Per section: its fingerprint and number of pieces. */
  s: Partial<Record<Section, [string, number]>>;
}

/** Keys of our pieces: a section letter and a number. */
export const PIECE_KEY = /^[csno]\d{1,3}$/;

/** Room kept in each item besides the key, quotes, fingerprint and dot: a browser that counts a byte more refuses nothing. */
const ITEM_MARGIN = 16;

/**
 * A section's records as its JSON text in columns, in order of change time, each time in seconds
 * after the one before: ids are as random to a compressor in any order, while times so ordered are
 * small numbers. 2,000 statuses with times over a year take 19 KB of items this way, 34 KB as
 * absolute milliseconds (tests/sync-encoding.test.ts).
 */
export function packSection(records: readonly SyncRecord[]): string {
  const sorted = [...records].sort((a, b) => a.t - b.t || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const devices = [...new Set(sorted.map((r) => r.d))].sort();
  let previous = 0;
  return JSON.stringify({
    D: devices,
    k: sorted.map((r) => r.key.slice(2)),
    t: sorted.map((r) => {
      const seconds = Math.floor(r.t / STAMP_MS);
      const step = seconds - previous;
      previous = seconds;
      return step;
    }),
    w: sorted.map((r) => devices.indexOf(r.d)),
    v: sorted.map((r) => (r.v === undefined ? null : r.v)),
  });
}

const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;

/** The records of a section's JSON text, or undefined when its columns are not of the shape packSection writes. Values are checked by the caller. */
export function unpackSection(section: Section, text: string): SyncRecord[] | undefined {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return undefined;
  }
  const p = json as Record<string, unknown>;
  if (typeof p !== 'object' || p === null) return undefined;
  const { D, k, t, w, v } = p;
  if (![D, k, t, w, v].every(Array.isArray)) return undefined;
  const [devices, ids, times, who, values] = [D, k, t, w, v] as unknown[][];
  const n = ids!.length;
  if (times!.length !== n || who!.length !== n || values!.length !== n) return undefined;
  if (!devices!.every((d) => typeof d === 'string' && DEVICE_ID.test(d))) return undefined;
  const records: SyncRecord[] = [];
  let seconds = 0;
  for (let i = 0; i < n; i++) {
    const id = ids![i];
    const dt = times![i];
    const di = who![i];
    if (typeof id !== 'string' || !isInt(dt) || !isInt(di) || di >= devices!.length) return undefined;
    seconds += dt;
    const value = values![i];
    records.push({ key: keyOf(section, id), t: seconds * STAMP_MS, d: devices![di] as string, ...(value === null ? {} : { v: value }) });
  }
  return records;
}

/** The longest piece of base64 an item with this key can hold. */
function pieceRoom(key: string, quota: SyncQuota): number {
  return quota.bytesPerItem - utf8Bytes(key) - 2 - 9 - ITEM_MARGIN;
}

export interface EncodedSection {
  section: Section;
  fingerprint: string;
  items: Record<string, string>;
}

/** One section's items. */
export async function encodeSection(section: Section, records: readonly SyncRecord[], codec: Codec, quota: SyncQuota): Promise<EncodedSection> {
  const text = toBase64(await compress(packSection(records), codec));
  const print = fingerprint(text);
  const items: Record<string, string> = {};
  for (let at = 0, n = 0; at < text.length || n === 0; n++) {
    const key = `${section}${n}`;
    const room = pieceRoom(key, quota);
    items[key] = `${print}.${text.slice(at, at + room)}`;
    at += room;
  }
  return { section, fingerprint: print, items };
}

export function manifestOf(sections: readonly EncodedSection[], codec: Codec, device: string): Manifest {
  return { f: FORMAT_VERSION, z: codec, by: device, s: Object.fromEntries(sections.map((s) => [s.section, [s.fingerprint, Object.keys(s.items).length]])) };
}

export const manifestBytes = (manifest: Manifest): number => itemBytes(MANIFEST_KEY, manifest);

function parseManifest(value: unknown): Manifest | undefined {
  const m = value as Manifest;
  if (typeof m !== 'object' || m === null || !isInt(m.f) || !isCodec(m.z) || typeof m.by !== 'string' || typeof m.s !== 'object' || m.s === null) return undefined;
  for (const section of SECTIONS) {
    const entry = m.s[section] as unknown;
    if (entry === undefined) continue;
    if (!Array.isArray(entry) || typeof entry[0] !== 'string' || !/^[0-9a-f]{8}$/.test(entry[0]) || !isInt(entry[1]) || entry[1] < 1 || entry[1] > 511) return undefined;
  }
  return m;
}

export interface DecodedArea {
  manifest?: Manifest;
  /** Every record of the sections that could be read, by key. */
  records: Map<string, SyncRecord>;
  /** Sections named by the manifest whose pieces are missing, mixed or damaged. */
  unreadable: Section[];
  /** A manifest of a newer format: nothing is read, and nothing should be written over it. */
  newerFormat: boolean;
}

async function decodeSection(section: Section, entry: [string, number], codec: Codec, items: Record<string, unknown>): Promise<SyncRecord[] | undefined> {
  const [print, count] = entry;
  let text = '';
  for (let n = 0; n < count; n++) {
    const piece = items[`${section}${n}`];
    if (typeof piece !== 'string' || !piece.startsWith(`${print}.`)) return undefined;
    text += piece.slice(9);
  }
  if (fingerprint(text) !== print) return undefined;
  try {
    return unpackSection(section, await decompress(fromBase64(text), codec));
  } catch {
    return undefined;
  }
}

/** Reads the whole area (what storage.sync.get(null) gives). Records' values are not checked here. */
export async function decodeArea(items: Record<string, unknown>): Promise<DecodedArea> {
  const records = new Map<string, SyncRecord>();
  const raw = items[MANIFEST_KEY];
  if (raw === undefined) return { records, unreadable: [], newerFormat: false };
  const manifest = parseManifest(raw);
  if (!manifest) return { records, unreadable: [...SECTIONS], newerFormat: false };
  if (manifest.f > FORMAT_VERSION) return { manifest, records, unreadable: [], newerFormat: true };
  const unreadable: Section[] = [];
  for (const section of SECTIONS) {
    const entry = manifest.s[section];
    if (!entry) continue;
    const decoded = canDecode(manifest.z) ? await decodeSection(section, entry, manifest.z, items) : undefined;
    if (!decoded) unreadable.push(section);
    else for (const record of decoded) records.set(record.key, record);
  }
  return { manifest, records, unreadable, newerFormat: false };
}
