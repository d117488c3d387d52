/** Pack versions: major.minor.patch, compared numerically (1.10.0 is newer than 1.9.3). */

export interface PackVersion {
  major: number;
  minor: number;
  patch: number;
}

const VERSION = /^(0|[1-9]\d{0,5})\.(0|[1-9]\d{0,5})\.(0|[1-9]\d{0,5})$/;

/** A version from its text, or undefined: three plain decimal numbers, no leading zeros, no suffix. */
export function parseVersion(text: unknown): PackVersion | undefined {
  if (typeof text !== 'string') return undefined;
  const m = VERSION.exec(text);
  return m ? { major: Number(m[1]), minor: Number(m[2]), patch: Number(m[3]) } : undefined;
}

export function versionText(v: PackVersion): string {
  return `${v.major}.${v.minor}.${v.patch}`;
}

/** Negative when a is older than b, 0 when equal, positive when newer. */
export function compareVersions(a: PackVersion, b: PackVersion): number {
  return a.major - b.major || a.minor - b.minor || a.patch - b.patch;
}

/** Patches apply only within one major.minor: a new minor or major is a new full file. */
export function sameSeries(a: PackVersion, b: PackVersion): boolean {
  return a.major === b.major && a.minor === b.minor;
}
