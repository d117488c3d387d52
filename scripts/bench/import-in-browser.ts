/**
 * Times a 100,000-line CC-CEDICT import through the options page of the built extension in
 * Chromium, as a reader does it: choose the file (read, parse, preview) then "Import" (one
 * IndexedDB transaction) until the "Imported" line shows; and the options page's longest
 * main-thread task meanwhile (a long task freezes the page: no scrolling, no Cancel).
 * `npm run build` first; `LINES=… npx tsx scripts/bench/import-in-browser.ts`
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch } from './built-extension';
import { cedictLines } from './cedict-lines';
import { importThroughOptions, longestTask } from './options-import';

const LINES = Number(process.env.LINES ?? 100_000);
const dir = mkdtempSync(join(tmpdir(), 'termlens-import-bench-'));
const chromium = await launch(true);
try {
  const text = cedictLines(LINES);
  const file = join(dir, 'cedict.u8');
  writeFileSync(file, text);
  const { figures: f } = await importThroughOptions(chromium.browser, file);
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  console.log(
    `${LINES} CC-CEDICT lines (${(Buffer.byteLength(text) / 1e6).toFixed(1)} MB) in Chromium: preview ${s(f.previewMs)}, write ${s(f.writeMs)}, total ${s(f.previewMs + f.writeMs)} — "${f.done}"\n` +
      `  steps: ${f.steps.join(', ')}\n  options page's longest main-thread task: ${longestTask(f.longTasksMs)}`,
  );
} finally {
  await chromium.close();
  rmSync(dir, { recursive: true, force: true });
}
