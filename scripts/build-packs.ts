/**
 * `npm run packs -- --out <dir> [--previous <dir>] [--bump minor|major] [--date YYYY-MM-DD]`:
 * builds the glossary from data/*.yaml and writes a pack release to <dir> (docs/packs.md): the
 * version file packs.json and, per domain, a full file and the patch files against --previous,
 * the folder of the release before it (checked file by file against its own version file first).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildGlossary, GlossaryBuildError } from '../lib/glossary/build/build';
import { loadInputs } from '../lib/glossary/build/load';
import { parseFullPack, parseVersionFile, type FullPack } from '../lib/packs/formats';
import { publishPacks, VERSION_FILE_NAME, type Bump, type PreviousRelease } from '../lib/packs/publish';

const sha256 = (text: string | Buffer) => createHash('sha256').update(text).digest('hex');

function readPrevious(dir: string): PreviousRelease {
  const listing = parseVersionFile(JSON.parse(readFileSync(join(dir, VERSION_FILE_NAME), 'utf8')));
  const file = (path: string) => {
    const bytes = readFileSync(join(dir, path));
    const ref = listing.packs.flatMap((p) => [p.full, ...p.patches]).find((f) => f.path === path);
    if (!ref || ref.size !== bytes.length || ref.sha256 !== sha256(bytes)) throw new Error(`${join(dir, path)} does not match ${VERSION_FILE_NAME}`);
    return bytes.toString('utf8');
  };
  const full = new Map<string, FullPack>(listing.packs.map((p) => [p.domain, parseFullPack(JSON.parse(file(p.full.path)), p)]));
  return { listing, full, file };
}

const { values } = parseArgs({
  options: { out: { type: 'string' }, previous: { type: 'string' }, bump: { type: 'string' }, date: { type: 'string' } },
});
try {
  if (!values.out) throw new Error('usage: npm run packs -- --out <dir> [--previous <dir>] [--bump minor|major] [--date YYYY-MM-DD]');
  if (values.bump !== undefined && values.bump !== 'minor' && values.bump !== 'major') throw new Error('--bump must be minor or major');
  if (values.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.date)) throw new Error('--date must be YYYY-MM-DD');
  const out = resolve(values.out);
  if (existsSync(out) && readdirSync(out).length > 0) throw new Error(`${out} is not empty: a release is written to a new folder`);
  const root = join(import.meta.dirname, '..');
  const glossary = buildGlossary(loadInputs(root));
  const release = publishPacks({
    glossary,
    previous: values.previous ? readPrevious(resolve(values.previous)) : undefined,
    date: values.date ?? new Date().toISOString().slice(0, 10),
    bump: values.bump as Bump | undefined,
    sha256,
  });
  for (const [path, text] of release.files) {
    mkdirSync(dirname(join(out, path)), { recursive: true });
    writeFileSync(join(out, path), text);
  }
  for (const p of release.listing.packs) console.log(`${p.domain.padEnd(14)} ${p.version.padEnd(8)} full ${p.full.size} bytes, ${p.patches.length} patches`);
  console.log(`${release.files.size} files → ${out}`);
} catch (error) {
  console.error(error instanceof GlossaryBuildError ? error.message : `packs: ${(error as Error).message}`);
  process.exit(1);
}
