/**
 * Times a 100,000-line CC-CEDICT import end to end in Node: parse, preview (plan), and the one
 * write transaction, into fake-indexeddb (slower than a browser's IndexedDB, so an upper bound for
 * the write). Lines are generated in CC-CEDICT's shape: Traditional, Simplified, numbered pinyin,
 * several senses. `LINES=… npx tsx scripts/bench/import-cedict.ts`
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { writeImport } from '../../lib/db/import-write';
import { openReaderDb } from '../../lib/db/schema';
import { parseCedict } from '../../lib/import/cedict';
import { planImport } from '../../lib/import/plan';

const LINES = Number(process.env.LINES ?? 100_000);
const HAN = '计算机模型智能数据网络芯片训练推理视频语音图像开源平台服务云端边缘集群算力';
const HANT = '計算機模型智能數據網絡芯片訓練推理視頻語音圖像開源平臺服務雲端邊緣集群算力';
const SYLLABLES = ['ji4', 'suan4', 'ji1', 'mo2', 'xing2', 'zhi4', 'neng2', 'shu4', 'ju4', 'wang3', 'luo4', 'xin1', 'pian4', 'xun4', 'lian4'];

function line(i: number): string {
  let simp = '';
  let trad = '';
  const pinyin: string[] = [];
  for (let n = i, k = 0; k < 2 + (i % 3); k++, n = Math.floor(n / 31) + k * 7) {
    simp += HAN[n % HAN.length];
    trad += HANT[n % HANT.length];
    pinyin.push(SYLLABLES[n % SYLLABLES.length]!);
  }
  return `${trad}${i} ${simp}${i} [${pinyin.join(' ')}] /sense one of entry ${i}/(computing) sense two/see also ${simp}/`;
}

const text = ['# CC-CEDICT (generated for the benchmark)', ...Array.from({ length: LINES }, (_, i) => line(i))].join('\n');
const t0 = performance.now();
const parsed = parseCedict(text);
const t1 = performance.now();
const plan = planImport(parsed, { existing: new Map(), bundledForms: new Map(), origin: 'bench', now: Date.now() });
const t2 = performance.now();
const db = openReaderDb({ indexedDB: new IDBFactory(), IDBKeyRange });
await writeImport(db, plan.records);
const t3 = performance.now();
const count = await db.ownTerms.count();
const ms = (a: number, b: number) => `${(b - a).toFixed(0)} ms`;
console.log(`${LINES} lines (${(text.length / 1e6).toFixed(1)} M chars): parse ${ms(t0, t1)}, preview ${ms(t1, t2)}, write ${ms(t2, t3)} (fake-indexeddb), total ${ms(t0, t3)}; ${count} records, ${parsed.invalid.length} invalid`);
