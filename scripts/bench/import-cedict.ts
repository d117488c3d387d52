/**
 * Times a 100,000-line CC-CEDICT import end to end in Node: parse, preview (plan), and the one
 * write transaction, into fake-indexeddb (slower than a browser's IndexedDB, so an upper bound for
 * the write; scripts/bench/import-in-browser.ts times the real one). Lines: cedict-lines.ts. `LINES=… npx tsx scripts/bench/import-cedict.ts`
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { writeImport } from '../../lib/db/import-write';
import { openReaderDb } from '../../lib/db/schema';
import { countOwnTerms } from '../../lib/db/own-terms';
import { parseCedict } from '../../lib/import/cedict';
import { planImport } from '../../lib/import/plan';
import { cedictLines } from './cedict-lines';

const LINES = Number(process.env.LINES ?? 100_000);
const text = cedictLines(LINES);
const t0 = performance.now();
const parsed = parseCedict(text);
const t1 = performance.now();
const plan = planImport(parsed, { existing: new Map(), bundledForms: new Map(), origin: 'bench', now: Date.now() });
const t2 = performance.now();
const db = openReaderDb({ indexedDB: new IDBFactory(), IDBKeyRange });
await writeImport(db, plan.records);
const t3 = performance.now();
const count = await countOwnTerms(db);
const ms = (a: number, b: number) => `${(b - a).toFixed(0)} ms`;
console.log(`${LINES} lines (${(text.length / 1e6).toFixed(1)} M chars): parse ${ms(t0, t1)}, preview ${ms(t1, t2)}, write ${ms(t2, t3)} (fake-indexeddb), total ${ms(t0, t3)}; ${count} records, ${parsed.invalid.length} invalid`);
