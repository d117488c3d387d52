/**
 * The three files a pack source serves (docs/packs.md): the version file, each pack's full file and
 * its patch files. Parsers are strict and fail closed: anything unexpected throws PackFormatError
 * naming the place, and nothing of a file that fails is used.
 */
import type { GlossaryTerm } from '../glossary/types';
import { PACK_FILE_MAX_BYTES, PACK_TERMS_MAX, PACKS_PER_SOURCE_MAX } from '../limits';
import { isRecord, need, parseDeletedId, parsePackTerm } from './pack-term';
import { compareVersions, parseVersion, sameSeries, versionText, type PackVersion } from './version';

export const VERSION_FILE_FORMAT = 'termlens-packs';
export const FULL_FILE_FORMAT = 'termlens-pack';
export const PATCH_FILE_FORMAT = 'termlens-pack-patch';
export const PACK_FORMAT_VERSION = 1;

/** A file as the version file describes it: where, how many bytes, and their SHA-256 (lower-case hex). */
export interface FileRef {
  path: string;
  size: number;
  sha256: string;
}

export interface PatchRef extends FileRef {
  /** The version this patch produces from the one just before it (same major.minor, patch − 1). */
  version: string;
}

export interface ListedPack {
  /** The pack's domain (one of the glossary's categories for TermLens's own packs): its id at this source. */
  domain: string;
  version: string;
  /** YYYY-MM-DD: when this version was made. */
  date: string;
  full: FileRef;
  /** This major.minor's patches, oldest first. */
  patches: PatchRef[];
}

export interface VersionFile {
  packs: ListedPack[];
}

export interface FullPack {
  domain: string;
  version: string;
  date: string;
  terms: GlossaryTerm[];
}

export interface PackPatch {
  domain: string;
  version: string;
  from: string;
  date: string;
  add: GlossaryTerm[];
  change: GlossaryTerm[];
  delete: string[];
}

const DOMAIN = /^[a-z0-9-]{1,40}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const SHA256 = /^[0-9a-f]{64}$/;
/** A relative path under the version file's folder: no scheme, no "..", no query. */
const PATH = /^(?!.*\.\.)[A-Za-z0-9._-]+(\/[A-Za-z0-9._-]+)*$/;

function header(json: unknown, format: string, where: string): Record<string, unknown> {
  need(isRecord(json), `${where} is not a JSON object`);
  need(json.format === format, `${where} is not a ${format} file`);
  need(json.formatVersion === PACK_FORMAT_VERSION, `${where}: format version ${String(json.formatVersion)} is not supported`);
  return json;
}

const versionOf = (v: unknown, where: string): PackVersion => {
  const parsed = parseVersion(v);
  need(parsed !== undefined, `${where} must be a version major.minor.patch`);
  return parsed;
};

function fileRef(v: unknown, where: string): FileRef {
  need(isRecord(v), `${where} must be an object`);
  need(typeof v.path === 'string' && PATH.test(v.path) && v.path.length <= 200, `${where}.path must be a relative path`);
  need(Number.isSafeInteger(v.size) && (v.size as number) > 0 && (v.size as number) <= PACK_FILE_MAX_BYTES, `${where}.size must be 1 to ${PACK_FILE_MAX_BYTES} bytes`);
  need(typeof v.sha256 === 'string' && SHA256.test(v.sha256), `${where}.sha256 must be 64 lower-case hex digits`);
  return { path: v.path, size: v.size as number, sha256: v.sha256 };
}

function listedPack(v: unknown, where: string): ListedPack {
  need(isRecord(v), `${where} must be an object`);
  need(typeof v.domain === 'string' && DOMAIN.test(v.domain), `${where}.domain must be an id of a-z, 0-9 and -`);
  const at = `pack "${v.domain}"`;
  const version = versionOf(v.version, `${at}.version`);
  need(typeof v.date === 'string' && DATE.test(v.date), `${at}.date must be YYYY-MM-DD`);
  need(Array.isArray(v.patches) && v.patches.length <= 1000, `${at}.patches must be a list`);
  const patches = v.patches.map((p, i): PatchRef => {
    const ref = fileRef(p, `${at}.patches[${i}]`);
    const produces = versionOf((p as Record<string, unknown>).version, `${at}.patches[${i}].version`);
    need(sameSeries(produces, version) && produces.patch >= 1 && compareVersions(produces, version) <= 0, `${at}.patches[${i}] must be a patch of ${version.major}.${version.minor} up to ${versionText(version)}`);
    return { ...ref, version: versionText(produces) };
  });
  return { domain: v.domain, version: versionText(version), date: v.date, full: fileRef(v.full, `${at}.full`), patches };
}

export function parseVersionFile(json: unknown): VersionFile {
  const v = header(json, VERSION_FILE_FORMAT, 'the version file');
  need(Array.isArray(v.packs) && v.packs.length <= PACKS_PER_SOURCE_MAX, `the version file must list at most ${PACKS_PER_SOURCE_MAX} packs`);
  const packs = v.packs.map((p, i) => listedPack(p, `packs[${i}]`));
  need(new Set(packs.map((p) => p.domain)).size === packs.length, 'the version file lists a pack twice');
  return { packs };
}

/** Checks the file is the pack and version asked for: a server that serves another answers an error. */
function expectSame(json: Record<string, unknown>, expected: { domain: string; version: string }, where: string): { version: string; date: string } {
  need(json.domain === expected.domain, `${where} is for pack "${String(json.domain)}", not "${expected.domain}"`);
  const version = versionText(versionOf(json.version, `${where}.version`));
  need(version === expected.version, `${where} holds version ${version}, not ${expected.version}`);
  need(typeof json.date === 'string' && DATE.test(json.date), `${where}.date must be YYYY-MM-DD`);
  return { version, date: json.date };
}

function terms(v: unknown, where: string): GlossaryTerm[] {
  need(Array.isArray(v) && v.length <= PACK_TERMS_MAX, `${where} must be a list of at most ${PACK_TERMS_MAX} terms`);
  const list = v.map((t, i) => parsePackTerm(t, `${where}[${i}]`));
  need(new Set(list.map((t) => t.id)).size === list.length, `${where} holds a term id twice`);
  return list;
}

export function parseFullPack(json: unknown, expected: { domain: string; version: string }): FullPack {
  const where = `${expected.domain} ${expected.version}`;
  const f = header(json, FULL_FILE_FORMAT, where);
  return { domain: expected.domain, ...expectSame(f, expected, where), terms: terms(f.terms, `${where} terms`) };
}

export function parsePackPatch(json: unknown, expected: { domain: string; version: string; from: string }): PackPatch {
  const where = `${expected.domain} patch ${expected.version}`;
  const f = header(json, PATCH_FILE_FORMAT, where);
  const same = expectSame(f, expected, where);
  need(f.from === expected.from, `${where} applies to ${String(f.from)}, not ${expected.from}`);
  need(Array.isArray(f.delete) && f.delete.length <= PACK_TERMS_MAX, `${where}.delete must be a list of ids`);
  const patch: PackPatch = {
    domain: expected.domain,
    ...same,
    from: expected.from,
    add: terms(f.add, `${where} add`),
    change: terms(f.change, `${where} change`),
    delete: f.delete.map((id, i) => parseDeletedId(id, `${where}.delete[${i}]`)),
  };
  const touched = [...patch.add, ...patch.change].map((t) => t.id).concat(patch.delete);
  need(new Set(touched).size === touched.length, `${where} names a term in more than one of add, change and delete`);
  return patch;
}

/** A pack's terms after a patch; fails (changing nothing) where the patch does not fit what is held. */
export function applyPatch(held: ReadonlyMap<string, GlossaryTerm>, patch: PackPatch): Map<string, GlossaryTerm> {
  const next = new Map(held);
  for (const term of patch.add) {
    need(!next.has(term.id), `${patch.domain} patch ${patch.version} adds "${term.id}", which the pack already holds`);
    next.set(term.id, term);
  }
  for (const term of patch.change) {
    need(next.has(term.id), `${patch.domain} patch ${patch.version} changes "${term.id}", which the pack does not hold`);
    next.set(term.id, term);
  }
  for (const id of patch.delete) {
    need(next.delete(id), `${patch.domain} patch ${patch.version} deletes "${id}", which the pack does not hold`);
  }
  need(next.size <= PACK_TERMS_MAX, `${patch.domain} ${patch.version} would hold more than ${PACK_TERMS_MAX} terms`);
  return next;
}
