/**
 * A pack release from the glossary (npm run packs): one pack per domain (the glossary's categories),
 * each a full file and, against the previous release, a patch file of added, changed and deleted
 * records; earlier patches of the same major.minor are carried forward so a reader several patches
 * behind downloads only patches. A pack whose terms did not change keeps its version and files.
 * Pure: files in and out as text, the hash injected (node:crypto in scripts/build-packs.ts).
 */
import type { Glossary, GlossaryTerm } from '../glossary/types';
import {
  FULL_FILE_FORMAT,
  PACK_FORMAT_VERSION,
  PATCH_FILE_FORMAT,
  VERSION_FILE_FORMAT,
  type FileRef,
  type FullPack,
  type ListedPack,
  type PatchRef,
  type VersionFile,
} from './formats';
import { parseVersion, versionText } from './version';

export type Bump = 'patch' | 'minor' | 'major';

/** The previous release, as read from its folder (scripts/build-packs.ts checks its hashes first). */
export interface PreviousRelease {
  listing: VersionFile;
  full: ReadonlyMap<string, FullPack>;
  /** A file of that release by its path (patches carried forward). */
  file(path: string): string;
}

export interface Release {
  /** Path under the output folder → content. */
  files: Map<string, string>;
  listing: VersionFile;
}

export const VERSION_FILE_NAME = 'packs.json';

/** JSON with object keys sorted: the same term always gives the same text, whatever order built it. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    typeof v === 'object' && v !== null && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}

export function diffTerms(previous: readonly GlossaryTerm[], next: readonly GlossaryTerm[]): { add: GlossaryTerm[]; change: GlossaryTerm[]; delete: string[] } {
  const before = new Map(previous.map((t) => [t.id, canonicalJson(t)]));
  const nextIds = new Set(next.map((t) => t.id));
  return {
    add: next.filter((t) => !before.has(t.id)),
    change: next.filter((t) => before.has(t.id) && before.get(t.id) !== canonicalJson(t)),
    delete: previous.filter((t) => !nextIds.has(t.id)).map((t) => t.id),
  };
}

function bumped(version: string, bump: Bump): string {
  const v = parseVersion(version)!;
  if (bump === 'major') return versionText({ major: v.major + 1, minor: 0, patch: 0 });
  if (bump === 'minor') return versionText({ ...v, minor: v.minor + 1, patch: 0 });
  return versionText({ ...v, patch: v.patch + 1 });
}

export function publishPacks(options: { glossary: Glossary; previous?: PreviousRelease; date: string; bump?: Bump; sha256: (text: string) => string }): Release {
  const { glossary, previous, date, sha256 } = options;
  const files = new Map<string, string>();
  const ref = (path: string, text: string): FileRef => {
    files.set(path, text);
    return { path, size: new TextEncoder().encode(text).length, sha256: sha256(text) };
  };
  const packs = glossary.categories.map((category): ListedPack => {
    const domain = category.id;
    const terms = glossary.terms.filter((t) => t.category === domain).sort((a, b) => (a.id < b.id ? -1 : 1));
    const listed = previous?.listing.packs.find((p) => p.domain === domain);
    const before = previous?.full.get(domain);
    const diff = before && diffTerms(before.terms, terms);
    const unchanged = diff && diff.add.length + diff.change.length + diff.delete.length === 0;
    if (previous && listed && unchanged && !options.bump) {
      // Carried forward byte for byte: the same version keeps the same hashes.
      for (const file of [listed.full, ...listed.patches]) files.set(file.path, previous.file(file.path));
      return listed;
    }
    const version = listed ? bumped(listed.version, options.bump ?? 'patch') : '1.0.0';
    const full = ref(`${domain}/${version}.json`, `${JSON.stringify({ format: FULL_FILE_FORMAT, formatVersion: PACK_FORMAT_VERSION, domain, version, date, terms })}\n`);
    const patches: PatchRef[] = [];
    const v = parseVersion(version)!;
    if (previous && listed && diff && v.patch > 0) {
      for (const p of listed.patches) {
        files.set(p.path, previous.file(p.path));
        patches.push(p);
      }
      const patch = { format: PATCH_FILE_FORMAT, formatVersion: PACK_FORMAT_VERSION, domain, version, from: listed.version, date, ...diff };
      patches.push({ version, ...ref(`${domain}/${version}-patch.json`, `${JSON.stringify(patch)}\n`) });
    }
    return { domain, version, date, full, patches };
  });
  const listing: VersionFile = { packs };
  files.set(VERSION_FILE_NAME, `${JSON.stringify({ format: VERSION_FILE_FORMAT, formatVersion: PACK_FORMAT_VERSION, ...listing }, null, 2)}\n`);
  return { files, listing };
}
