import { it } from 'vitest';
import { extensionSuite, settledMarks, traceContentScript, until } from './harness';
import { privateMarks } from './private-marks';
const OWN = ['甄璃纹', '箬笙枢', '翊琮阵'];
const rows = Array.from({ length: 400 }, (_, i) => `<p>第${i}段：${OWN[i % 3]}和大模型，还有${OWN[(i + 1) % 3]}与万卡集群，${OWN[(i + 2) % 3]}在此。</p>`).join('');
const PAGE = `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><body>${rows}</body></html>`;
const suite = extensionSuite({ '/m.html': () => PAGE });
async function scrollRun(label: string) {
  const page = await suite.open('m.html');
  await settledMarks(page, 10);
  await new Promise((r) => setTimeout(r, 2000));
  const trace = await traceContentScript(page, async () => {
    for (let i = 0; i < 30; i++) {
      await page.mouse.wheel(0, 300);
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    }
  });
  const marks = await privateMarks(page);
  console.log(label, JSON.stringify({ privateMarksOnScreen: marks.length, calls: trace.calls, totalCpuMs: trace.totalCpuMs.toFixed(1), totalMs: trace.totalMs.toFixed(1), longestMs: trace.longestMs.toFixed(2), longestCpuMs: trace.longestCpuMs.toFixed(2), longest: trace.longest.map((l) => `${l.name} ${l.fn ?? ''} ${l.ms.toFixed(2)}`) }));
  await page.close();
}
it('measures', async () => {
  await scrollRun('no own terms');
  const options = await suite.context().newPage();
  await options.goto(suite.extension('options.html'));
  await options.getByLabel('Import glossary…').setInputFiles({ name: 'own.tsv', mimeType: 'text/tab-separated-values', buffer: Buffer.from('term\tpinyin\tenglish\tdefinition\n甄璃纹\tzhen\tglass\t一种\n箬笙枢\truo\treed\t一种\n翊琮阵\tyi\tjade\t一种') });
  await options.getByRole('button', { name: 'Import', exact: true }).click();
  await options.getByText('Imported: 3 new, 0 updated. Open tabs mark them now.').waitFor();
  await scrollRun('three own terms, 1200 occurrences');
}, 300_000);
