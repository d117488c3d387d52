/**
 * Which files bring a pack from the version held to the version listed: nothing when they are equal,
 * the chain of patches when both are of one major.minor and every patch is listed, else the full
 * file. A listed version older than the one held is refused (a stale mirror, a cached version file,
 * a server rolled back): what is held stays.
 */
import type { FileRef, ListedPack } from './formats';
import { PackFormatError } from './pack-term';
import { compareVersions, parseVersion, sameSeries, versionText } from './version';

export type PlannedFile = (FileRef & { kind: 'full'; version: string }) | (FileRef & { kind: 'patch'; version: string; from: string });

export class OlderVersionError extends Error {
  constructor(domain: string, listed: string, held: string) {
    super(`${domain}: the server lists ${listed}, older than ${held} held here; nothing changed`);
    this.name = 'OlderVersionError';
  }
}

export function planDownload(listed: ListedPack, heldVersion: string | undefined): PlannedFile[] {
  const target = parseVersion(listed.version);
  if (!target) throw new PackFormatError(`${listed.domain}: bad version ${listed.version}`);
  const held = heldVersion === undefined ? undefined : parseVersion(heldVersion);
  const full: PlannedFile[] = [{ kind: 'full', version: listed.version, ...listed.full }];
  if (!held) return full;
  const order = compareVersions(target, held);
  if (order < 0) throw new OlderVersionError(listed.domain, listed.version, versionText(held));
  if (order === 0) return [];
  if (!sameSeries(target, held)) return full;
  const byVersion = new Map(listed.patches.map((p) => [p.version, p]));
  const chain: PlannedFile[] = [];
  for (let patch = held.patch + 1; patch <= target.patch; patch++) {
    const version = versionText({ ...target, patch });
    const ref = byVersion.get(version);
    // A gap in the chain (patches pruned from the server): the full file is the way forward.
    if (!ref) return full;
    chain.push({ kind: 'patch', version, from: versionText({ ...target, patch: patch - 1 }), path: ref.path, size: ref.size, sha256: ref.sha256 });
  }
  // Many small patches can outweigh one full file.
  const chainBytes = chain.reduce((sum, f) => sum + f.size, 0);
  return chainBytes > listed.full.size ? full : chain;
}
