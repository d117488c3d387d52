/**
 * The side panel's "Your terms" filter with 100,000 own terms, in the built extension (Chromium):
 * imports them through the options page (options-import.ts), opens the side panel's "Add a term"
 * tab, then types a term's first characters one keystroke at a time and deletes them again,
 * timing each keystroke from its input event to the list's change in the page.
 * `npm run build` first; `BENCH_BUILD=<an earlier build> npx tsx scripts/bench/own-terms-filter.ts` to compare.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch } from './built-extension';
import { extensionOrigin, importThroughOptions } from './options-import';
import { syntheticForms } from './pages';
import { readSeeds } from './setup';

const TERMS = Number(process.env.OWN_TERMS ?? 100_000);

// In the page: set the filter, then wait for the list section to change (a string: no tsx helpers in the page).
const keystroke = (value: string) => `(async () => {
  const input = document.querySelector('.tl-own-terms input[type=search]');
  const section = document.querySelector('.tl-own-terms');
  const changed = new Promise((resolve) => {
    const observer = new MutationObserver(() => (observer.disconnect(), resolve()));
    observer.observe(section, { childList: true, subtree: true, characterData: true });
  });
  const t0 = performance.now();
  input.value = ${JSON.stringify(value)};
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await changed;
  return performance.now() - t0;
})()`;

const dir = mkdtempSync(join(tmpdir(), 'termlens-filter-bench-'));
const chromium = await launch(true);
try {
  const forms = syntheticForms(readSeeds(), TERMS);
  const file = join(dir, 'own.u8');
  writeFileSync(file, ['# own terms (generated for the benchmark)', ...forms.map((form, i) => `${form} ${form} [zi4] /own term ${i}/`)].join('\n'));
  const { page: options, figures } = await importThroughOptions(chromium.browser, file);
  console.log(`${figures.done}`);
  await options.close();

  const panel = await chromium.browser.newPage();
  await panel.goto(`${await extensionOrigin(chromium.browser)}/sidepanel.html`);
  const t0 = performance.now();
  await panel.waitForFunction(`[...document.querySelectorAll('[role=tab]')].some((t) => t.textContent === 'Add a term')`);
  await panel.evaluate(`[...document.querySelectorAll('[role=tab]')].find((t) => t.textContent === 'Add a term').click()`);
  await panel.waitForFunction(`document.querySelectorAll('.tl-own-terms li').length > 0`, { timeout: 120_000, polling: 20 });
  console.log(`side panel "Add a term" tab → first rows of the list: ${(performance.now() - t0).toFixed(0)} ms (reading every shard once)`);

  // Keystrokes that each change the list (its rows or its "Show more" count), which is what the
  // page-side timer waits for: a term's prefixes while each starts fewer terms than the one before.
  const count = (prefix: string) => forms.filter((f) => f.startsWith(prefix)).length;
  const narrowing = (term: string) => {
    const out: string[] = [];
    for (let n = 1, last = TERMS; n <= [...term].length; n++) {
      const prefix = [...term].slice(0, n).join('');
      const c = count(prefix);
      if (c >= last) break;
      out.push(prefix);
      last = c;
    }
    return out;
  };
  const prefixes = forms.slice(0, 200).map(narrowing).reduce((a, b) => (b.length > a.length ? b : a));
  const typed: string[] = [];
  for (const value of [...prefixes, ...prefixes.slice(0, -1).reverse(), '']) {
    const ms = (await panel.evaluate(keystroke(value))) as number;
    const rows = (await panel.evaluate(`document.querySelectorAll('.tl-own-terms li').length`)) as number;
    typed.push(`"${value}" ${ms.toFixed(0)} ms (${rows} rows)`);
  }
  console.log(`keystrokes, input → list changed: ${typed.join(', ')}`);
} finally {
  await chromium.close();
  rmSync(dir, { recursive: true, force: true });
}
