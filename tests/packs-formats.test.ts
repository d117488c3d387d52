import { describe, expect, it } from 'vitest';
import { PACK_FILE_MAX_BYTES, PACK_TEXT_MAX_CHARS } from '../lib/limits';
import { parseRequest } from '../lib/messages';
import { parseFullPack, parsePackPatch, parseVersionFile } from '../lib/packs/formats';
import { glossaryWithPacks } from '../lib/packs/layered-glossary';
import { planDownload } from '../lib/packs/plan';
import { diffTerms } from '../lib/packs/publish';
import { checkSourceUrl, originPattern } from '../lib/packs/source-url';
import { jsonOf } from '../lib/packs/update-source';
import { glossaryOf, release, term } from './packs-fixtures';

const full = (terms: unknown[]) => ({ format: 'termlens-pack', formatVersion: 1, domain: 'chips', version: '1.0.0', date: '2026-12-01', terms });
const expected = { domain: 'chips', version: '1.0.0' };

describe('pack formats', () => {
  it('keeps only the schema\'s fields of a record: unknown fields are left behind', () => {
    const record = { ...term('hbm', 'HBM'), script: '<img src=x onerror=alert(1)>', definition: { ...term('hbm', 'HBM').definition, html: '<b>x</b>' } };
    const pack = parseFullPack(full([record]), expected);
    expect(pack.terms[0]).toEqual(term('hbm', 'HBM'));
    expect(Object.keys(pack.terms[0]!.definition).sort()).toEqual(['basis', 'en', 'zh']);
  });

  it('fails the whole file on one bad record, naming it', () => {
    const bad = [term('hbm', 'HBM'), { ...term('npu', 'NPU'), forms: [] }];
    expect(() => parseFullPack(full(bad), expected)).toThrow('chips 1.0.0 terms[1] (npu).forms must not be empty');
    expect(() => parseFullPack(full([{ ...term('npu', 'NPU'), id: 'NPU!' }]), expected)).toThrow('terms[0].id must be an id of a-z, 0-9 and -');
    const long = { ...term('npu', 'NPU'), definition: { zh: 'x'.repeat(PACK_TEXT_MAX_CHARS + 1), en: '', basis: 'context' } };
    expect(() => parseFullPack(full([long]), expected)).toThrow(`chips 1.0.0 terms[0] (npu).definition.zh must be a string of at most ${PACK_TEXT_MAX_CHARS} characters`);
    expect(() => parseFullPack(full([term('npu', 'NPU'), term('npu', 'NPU')]), expected)).toThrow('chips 1.0.0 terms holds a term id twice');
  });

  it('refuses a file that is not the pack and version the version file named', () => {
    expect(() => parseFullPack({ ...full([]), version: '1.0.1' }, expected)).toThrow('chips 1.0.0 holds version 1.0.1, not 1.0.0');
    expect(() => parseFullPack({ ...full([]), domain: 'ev' }, expected)).toThrow('chips 1.0.0 is for pack "ev", not "chips"');
    expect(() => parseFullPack({ ...full([]), formatVersion: 2 }, expected)).toThrow('chips 1.0.0: format version 2 is not supported');
    const patch = { format: 'termlens-pack-patch', formatVersion: 1, domain: 'chips', version: '1.0.2', from: '1.0.0', date: '2026-12-01', add: [], change: [], delete: [] };
    expect(() => parsePackPatch(patch, { domain: 'chips', version: '1.0.2', from: '1.0.1' })).toThrow('chips patch 1.0.2 applies to 1.0.0, not 1.0.1');
    expect(() => parsePackPatch({ ...patch, from: '1.0.1', add: [term('a', 'A')], delete: ['a'] }, { domain: 'chips', version: '1.0.2', from: '1.0.1' })).toThrow(
      'chips patch 1.0.2 names a term in more than one of add, change and delete',
    );
  });

  it('checks the version file: relative paths only, sizes within the limit, hashes of 64 hex digits', () => {
    const listing = JSON.parse(release([term('hbm', 'HBM')]).files.get('packs.json')!) as { packs: { full: Record<string, unknown> }[] };
    expect(parseVersionFile(listing).packs.map((p) => [p.domain, p.version, p.full.path])).toEqual([
      ['chips', '1.0.0', 'chips/1.0.0.json'],
      ['ev', '1.0.0', 'ev/1.0.0.json'],
    ]);
    const withFull = (change: Record<string, unknown>) => ({ ...listing, packs: [{ ...listing.packs[0], full: { ...listing.packs[0]!.full, ...change } }] });
    expect(() => parseVersionFile(withFull({ path: 'https://elsewhere.example/x.json' }))).toThrow('pack "chips".full.path must be a relative path');
    expect(() => parseVersionFile(withFull({ path: '../x.json' }))).toThrow('pack "chips".full.path must be a relative path');
    expect(() => parseVersionFile(withFull({ size: PACK_FILE_MAX_BYTES + 1 }))).toThrow(`pack "chips".full.size must be 1 to ${PACK_FILE_MAX_BYTES} bytes`);
    expect(() => parseVersionFile(withFull({ sha256: 'ABC' }))).toThrow('pack "chips".full.sha256 must be 64 lower-case hex digits');
  });

  it('says clearly when a server answers with HTML or a cut file', () => {
    const bytes = (s: string) => new TextEncoder().encode(s);
    expect(() => jsonOf(bytes('\n <html><body>404</body></html>'), 'chips/1.0.0.json')).toThrow('chips/1.0.0.json: the server answered with an HTML page, not a pack file');
    expect(() => jsonOf(bytes('{"format":"termlens-pack","ter'), 'chips/1.0.0.json')).toThrow('chips/1.0.0.json is not complete JSON (cut short?)');
    expect(() => jsonOf(new Uint8Array([0x7b, 0xff, 0x7d]), 'chips/1.0.0.json')).toThrow('chips/1.0.0.json is not UTF-8 text');
  });
});

describe('pack releases', () => {
  it('gives a changed pack the next patch version with a patch of its additions, changes and deletions, and leaves an unchanged pack as it was', () => {
    const r1 = release([term('hbm', 'HBM'), term('npu', 'NPU'), term('byd', '比亚迪', 'ev')]);
    const r2 = release([term('hbm', 'HBM', 'chips', 'high-bandwidth memory'), term('tpu', 'TPU'), term('byd', '比亚迪', 'ev')], r1, { date: '2026-12-08' });
    expect(r2.listing.packs.map((p) => [p.domain, p.version, p.date, p.patches.map((x) => x.path)])).toEqual([
      ['chips', '1.0.1', '2026-12-08', ['chips/1.0.1-patch.json']],
      ['ev', '1.0.0', '2026-12-01', []],
    ]);
    expect(r2.files.get('ev/1.0.0.json')).toBe(r1.files.get('ev/1.0.0.json'));
    const patch = JSON.parse(r2.files.get('chips/1.0.1-patch.json')!) as { add: { id: string }[]; change: { id: string }[]; delete: string[]; from: string };
    expect([patch.from, patch.add.map((t) => t.id), patch.change.map((t) => t.id), patch.delete]).toEqual(['1.0.0', ['tpu'], ['hbm'], ['npu']]);
  });

  it('compares records whatever the order of their keys', () => {
    const a = term('hbm', 'HBM');
    const reordered = Object.fromEntries(Object.entries(a).reverse()) as typeof a;
    expect(diffTerms([a], [reordered])).toEqual({ add: [], change: [], delete: [] });
  });

  it('plans patches within a major.minor, the full file across one, and the full file where a patch is missing', () => {
    const listed = {
      domain: 'chips',
      version: '1.2.3',
      date: '2026-12-01',
      full: { path: 'chips/1.2.3.json', size: 10_000, sha256: 'a'.repeat(64) },
      patches: [1, 2, 3].map((p) => ({ version: `1.2.${p}`, path: `chips/1.2.${p}-patch.json`, size: 100, sha256: 'b'.repeat(64) })),
    };
    expect(planDownload(listed, undefined).map((f) => f.path)).toEqual(['chips/1.2.3.json']);
    expect(planDownload(listed, '1.2.1').map((f) => f.path)).toEqual(['chips/1.2.2-patch.json', 'chips/1.2.3-patch.json']);
    expect(planDownload(listed, '1.1.9').map((f) => f.path)).toEqual(['chips/1.2.3.json']);
    expect(planDownload(listed, '1.2.3')).toEqual([]);
    expect(planDownload({ ...listed, patches: listed.patches.slice(2) }, '1.2.1').map((f) => f.path)).toEqual(['chips/1.2.3.json']);
    expect(() => planDownload(listed, '1.10.0')).toThrow('chips: the server lists 1.2.3, older than 1.10.0 held here; nothing changed');
  });
});

describe('pack sources and layers', () => {
  it('accepts the options page\'s pack requests only in their shape', () => {
    expect(parseRequest({ type: 'check-packs', extra: 1 })).toEqual({ type: 'check-packs' });
    expect(parseRequest({ type: 'add-pack-source', url: 'https://team.example/packs.json' })).toEqual({ type: 'add-pack-source', url: 'https://team.example/packs.json' });
    expect(parseRequest({ type: 'remove-pack-source', url: 42 })).toBeUndefined();
    expect(parseRequest({ type: 'add-pack-source', url: `https://team.example/${'x'.repeat(500)}` })).toBeUndefined();
  });

  it('accepts https anywhere and http only on 127.0.0.1', () => {
    expect(checkSourceUrl('https://glossary.team.example/packs.json')).toEqual({ url: 'https://glossary.team.example/packs.json' });
    expect(checkSourceUrl('http://127.0.0.1:8080/packs.json')).toEqual({ url: 'http://127.0.0.1:8080/packs.json' });
    expect(checkSourceUrl('http://glossary.team.example/packs.json')).toEqual({ error: 'only https addresses (or http on 127.0.0.1)' });
    expect(checkSourceUrl('http://localhost/packs.json')).toEqual({ error: 'only https addresses (or http on 127.0.0.1)' });
    expect(checkSourceUrl('https://user:pw@team.example/packs.json')).toEqual({ error: 'no user name or password in the address' });
    expect(originPattern('http://127.0.0.1:8080/packs.json')).toBe('http://127.0.0.1/*');
  });

  it('ranks a higher layer first: a pack term replaces the bundled one of its id and takes a shared form', () => {
    const bundled = glossaryOf([term('hbm', 'HBM'), { ...term('npu', 'NPU'), forms: ['NPU', '神经网络处理器'] }]);
    const team = [{ ...term('npu-chip', '神经网络处理器') }];
    const channel = [term('hbm', 'HBM', 'chips', 'high-bandwidth memory (2026)'), term('npu-chip', '神经网络处理器', 'chips', 'lower layer')];
    const merged = glossaryWithPacks(bundled, [{ terms: team }, { terms: channel }]);
    expect(merged.terms.map((t) => [t.id, t.forms, t.definition.en])).toEqual([
      ['npu-chip', ['神经网络处理器'], 'npu-chip definition'],
      ['hbm', ['HBM'], 'high-bandwidth memory (2026)'],
      ['npu', ['NPU'], 'npu definition'],
    ]);
    expect(glossaryWithPacks(bundled, [])).toBe(bundled);
  });

  it('drops excerpts and quoted passages naming a source this build does not ship', () => {
    const quoted = { ...term('hbm', 'HBM'), excerpts: [{ source: 's999', offset: 0, text: 'HBM 供不应求', mark: [0, 3] as [number, number], story: 0 }] };
    const merged = glossaryWithPacks(glossaryOf([]), [{ terms: [quoted] }]);
    expect(merged.terms[0]!.excerpts).toEqual([]);
  });
});
