/**
 * One check of one pack source: read its version file, and for each pack listed, download what
 * brings it from the version held to the version listed, verifying every file's size and SHA-256
 * and parsing it strictly before the store applies it (one transaction per file, the version
 * recorded with it). A pack that fails keeps what it held; the others go on. The network, the store
 * and the clock come from the caller (lib/browser/packs-background.ts, the tests).
 */
import { PACK_FILE_MAX_BYTES, PACK_VERSION_FILE_MAX_BYTES } from '../limits';
import { parseFullPack, parsePackPatch, parseVersionFile, type FullPack, type PackPatch } from './formats';
import { PackFormatError } from './pack-term';
import { planDownload, type PlannedFile } from './plan';

export interface PackStore {
  /** Domain → version held from this source. */
  held(source: string): Promise<Map<string, string>>;
  /** Replaces the pack with the full file's terms and records its version, in one transaction. */
  applyFull(source: string, pack: FullPack): Promise<void>;
  /** Applies the patch to what is held (which must be `patch.from`) and records its version, in one transaction. */
  applyPatch(source: string, patch: PackPatch): Promise<void>;
}

export interface FetchLimits {
  maxBytes: number;
  /** Bytes the version file promised: more is refused as soon as it arrives. */
  expectedBytes?: number;
  onBytes?: (received: number) => void;
}

export interface Progress {
  domain: string;
  /** 1-based file number in this pack's plan, and how many. */
  file: number;
  files: number;
  received: number;
  total: number;
}

export interface SourceDeps {
  fetchBytes(url: string, limits: FetchLimits): Promise<Uint8Array>;
  store: PackStore;
  onProgress?: (progress: Progress | undefined) => void;
}

export interface SourceResult {
  applied: { domain: string; version: string }[];
  errors: string[];
}

export class PackIntegrityError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PackIntegrityError';
  }
}

async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The JSON a file holds; a clear error for HTML (a login page, a 404 page served as 200) or a cut file. */
export function jsonOf(bytes: Uint8Array, what: string): unknown {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new PackFormatError(`${what} is not UTF-8 text`);
  }
  if (/^\s*</.test(text)) throw new PackFormatError(`${what}: the server answered with an HTML page, not a pack file`);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new PackFormatError(`${what} is not complete JSON (cut short?)`);
  }
}

/** A file's bytes, checked against the version file's size and SHA-256 before anything reads them. */
async function verifiedBytes(deps: SourceDeps, url: string, file: PlannedFile, progress: Omit<Progress, 'received' | 'total'>): Promise<Uint8Array> {
  const bytes = await deps.fetchBytes(url, {
    maxBytes: Math.min(file.size, PACK_FILE_MAX_BYTES),
    expectedBytes: file.size,
    onBytes: (received) => deps.onProgress?.({ ...progress, received, total: file.size }),
  });
  if (bytes.length !== file.size) throw new PackIntegrityError(`${file.path}: ${bytes.length} bytes arrived, the version file says ${file.size}; nothing changed`);
  if ((await sha256Hex(bytes)) !== file.sha256) throw new PackIntegrityError(`${file.path}: its SHA-256 differs from the version file's; nothing changed`);
  return bytes;
}

export async function updateSource(source: string, deps: SourceDeps): Promise<SourceResult> {
  const versionBytes = await deps.fetchBytes(source, { maxBytes: PACK_VERSION_FILE_MAX_BYTES });
  const listing = parseVersionFile(jsonOf(versionBytes, 'the version file'));
  const held = await deps.store.held(source);
  const result: SourceResult = { applied: [], errors: [] };
  for (const pack of listing.packs) {
    try {
      const plan = planDownload(pack, held.get(pack.domain));
      for (const [i, file] of plan.entries()) {
        const url = new URL(file.path, source);
        const bytes = await verifiedBytes(deps, url.href, file, { domain: pack.domain, file: i + 1, files: plan.length });
        const json = jsonOf(bytes, file.path);
        if (file.kind === 'full') await deps.store.applyFull(source, parseFullPack(json, { domain: pack.domain, version: file.version }));
        else await deps.store.applyPatch(source, parsePackPatch(json, { domain: pack.domain, version: file.version, from: file.from }));
        result.applied.push({ domain: pack.domain, version: file.version });
      }
    } catch (error) {
      result.errors.push(error instanceof Error ? error.message : String(error));
    } finally {
      deps.onProgress?.(undefined);
    }
  }
  return result;
}
