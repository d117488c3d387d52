import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { listPacks, packStore } from '../lib/db/packs';
import { DB_VERSION, openReaderDb, SCHEMA_V3 } from '../lib/db/schema';
import { updateSource } from '../lib/packs/update-source';
import { fakeServer, release, SOURCE, term } from './packs-fixtures';

const fresh = () => ({ indexedDB: new IDBFactory(), IDBKeyRange });

async function held(db: ReturnType<typeof openReaderDb>) {
  const names = (p: { terms: object }) => Object.keys(p.terms).filter((id) => !id.startsWith('node-')).sort().join(' ');
  const allOthers = (p: { terms: object }) => Object.keys(p.terms).filter((id) => id.startsWith('node-')).sort().join(' ') === (p.terms === undefined ? '' : OTHERS);
  return Object.fromEntries((await listPacks(db)).map((p) => [p.domain, `${p.version}: ${names(p)}${p.domain === 'chips' && !allOthers(p) ? ' (others missing)' : ''}`]));
}

// Enough other terms that a patch is much smaller than the full file (else the full file is cheaper).
const others = Array.from({ length: 12 }, (_, i) => term(`node-${i + 3}nm`, `${i + 3}纳米工艺`));
const r1 = release([term('hbm', 'HBM'), term('npu', 'NPU'), term('byd', '比亚迪', 'ev'), ...others]);
const r2 = release([term('hbm', 'HBM'), term('npu', 'NPU', 'chips', 'neural processing unit'), term('chiplet', '芯粒'), term('byd', '比亚迪', 'ev'), ...others], r1);
const r3 = release([term('npu', 'NPU', 'chips', 'neural processing unit'), term('chiplet', '芯粒'), term('byd', '比亚迪', 'ev'), ...others], r2);
const OTHERS = others.map((t) => t.id).sort().join(' ');

describe('pack updates', () => {
  it('downloads each pack whole the first time and records its version with its terms', async () => {
    const db = openReaderDb(fresh());
    const server = fakeServer(r1);
    const result = await updateSource(SOURCE, { fetchBytes: server.fetchBytes, store: packStore(db) });
    expect(result).toEqual({ applied: [{ domain: 'chips', version: '1.0.0' }, { domain: 'ev', version: '1.0.0' }], errors: [] });
    expect(server.asked).toEqual(['packs.json', 'chips/1.0.0.json', 'ev/1.0.0.json']);
    expect(await held(db)).toEqual({ chips: '1.0.0: hbm npu', ev: '1.0.0: byd' });
  });

  it('follows a chain of patches within one major.minor, and asks nothing of an unchanged pack', async () => {
    const db = openReaderDb(fresh());
    const server = fakeServer(r1);
    await updateSource(SOURCE, { fetchBytes: server.fetchBytes, store: packStore(db) });
    server.serve(r3);
    server.asked.length = 0;
    const result = await updateSource(SOURCE, { fetchBytes: server.fetchBytes, store: packStore(db) });
    expect(server.asked).toEqual(['packs.json', 'chips/1.0.1-patch.json', 'chips/1.0.2-patch.json']);
    expect(result.applied).toEqual([{ domain: 'chips', version: '1.0.1' }, { domain: 'chips', version: '1.0.2' }]);
    expect(await held(db)).toEqual({ chips: '1.0.2: chiplet npu', ev: '1.0.0: byd' });
    const npu = (await listPacks(db)).find((p) => p.domain === 'chips')!.terms.npu!;
    expect(npu.definition.en).toBe('neural processing unit');
  });

  it('takes the full file when the major version changed', async () => {
    const db = openReaderDb(fresh());
    const server = fakeServer(r1);
    await updateSource(SOURCE, { fetchBytes: server.fetchBytes, store: packStore(db) });
    server.serve(release([term('hbm', 'HBM'), term('tpu', 'TPU'), term('byd', '比亚迪', 'ev'), ...others], r1, { bump: 'major' }));
    server.asked.length = 0;
    await updateSource(SOURCE, { fetchBytes: server.fetchBytes, store: packStore(db) });
    expect(server.asked).toEqual(['packs.json', 'chips/2.0.0.json', 'ev/2.0.0.json']);
    expect(await held(db)).toEqual({ chips: '2.0.0: hbm tpu', ev: '2.0.0: byd' });
  });

  it('REFUSES a version older than the one held and keeps it', async () => {
    const db = openReaderDb(fresh());
    const server = fakeServer(r2);
    await updateSource(SOURCE, { fetchBytes: server.fetchBytes, store: packStore(db) });
    server.serve(r1);
    const result = await updateSource(SOURCE, { fetchBytes: server.fetchBytes, store: packStore(db) });
    expect(result.errors).toEqual(['chips: the server lists 1.0.0, older than 1.0.1 held here; nothing changed']);
    expect(await held(db)).toEqual({ chips: '1.0.1: chiplet hbm npu', ev: '1.0.0: byd' });
  });

  it('changes NOTHING when a file does not match its SHA-256, its size, or the format', async () => {
    const db = openReaderDb(fresh());
    const server = fakeServer(r1);
    await updateSource(SOURCE, { fetchBytes: server.fetchBytes, store: packStore(db) });
    server.serve(r2);
    const patch = r2.files.get('chips/1.0.1-patch.json')!;
    const cases: [string, string][] = [
      [patch.replace('neural', 'NEURAL'), 'chips/1.0.1-patch.json: its SHA-256 differs from the version file\'s; nothing changed'],
      [patch.slice(0, 100), `chips/1.0.1-patch.json: 100 bytes arrived, the version file says ${new TextEncoder().encode(patch).length}; nothing changed`],
    ];
    for (const [bytes, error] of cases) {
      server.override.set('chips/1.0.1-patch.json', bytes);
      const result = await updateSource(SOURCE, { fetchBytes: server.fetchBytes, store: packStore(db) });
      expect(result.errors).toEqual([error]);
      expect(await held(db)).toEqual({ chips: '1.0.0: hbm npu', ev: '1.0.0: byd' });
    }
    server.override.set('packs.json', '<!doctype html><title>Sign in</title>');
    await expect(updateSource(SOURCE, { fetchBytes: server.fetchBytes, store: packStore(db) })).rejects.toThrow('the version file: the server answered with an HTML page, not a pack file');
    server.override.set('packs.json', r2.files.get('packs.json')!.slice(0, 200));
    await expect(updateSource(SOURCE, { fetchBytes: server.fetchBytes, store: packStore(db) })).rejects.toThrow('the version file is not complete JSON (cut short?)');
    expect(await held(db)).toEqual({ chips: '1.0.0: hbm npu', ev: '1.0.0: byd' });
  });

  it('resumes from the last whole file: a chain cut after its first patch continues from there', async () => {
    const db = openReaderDb(fresh());
    const server = fakeServer(r1);
    await updateSource(SOURCE, { fetchBytes: server.fetchBytes, store: packStore(db) });
    server.serve(r3);
    server.override.set('chips/1.0.2-patch.json', r3.files.get('chips/1.0.2-patch.json')!.slice(0, 50));
    const cut = await updateSource(SOURCE, { fetchBytes: server.fetchBytes, store: packStore(db) });
    expect(cut.applied).toEqual([{ domain: 'chips', version: '1.0.1' }]);
    expect(await held(db)).toEqual({ chips: '1.0.1: chiplet hbm npu', ev: '1.0.0: byd' });
    server.override.clear();
    server.asked.length = 0;
    await updateSource(SOURCE, { fetchBytes: server.fetchBytes, store: packStore(db) });
    expect(server.asked).toEqual(['packs.json', 'chips/1.0.2-patch.json']);
    expect(await held(db)).toEqual({ chips: '1.0.2: chiplet npu', ev: '1.0.0: byd' });
  });

  it('upgrades a version 3 database to 4 keeping own terms, with an empty packs store', async () => {
    const idb = fresh();
    const v3 = new Dexie('termlens', idb);
    v3.version(3).stores(SCHEMA_V3);
    await v3.table('ownTermShards').add({ shard: 7, terms: { 'own-x': { id: 'own-x', term: '光量子' } } });
    v3.close();
    const db = openReaderDb(idb);
    await db.open();
    expect(db.verno).toBe(DB_VERSION);
    expect(DB_VERSION).toBe(4);
    expect((await db.ownTermShards.get(7))?.terms['own-x']?.term).toBe('光量子');
    expect(await db.packs.count()).toBe(0);
  });
});
