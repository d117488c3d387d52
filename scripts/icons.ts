/**
 * `npm run icons`: renders assets/icon.svg to public/icon/<size>.png (16–128) in headless Chromium,
 * which WXT lists in the manifest. Needs fonts-noto-cjk for the 术. The PNGs are committed.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const ROOT = join(import.meta.dirname, '..');
const SIZES = [16, 32, 48, 96, 128];

async function main(): Promise<void> {
  const svg = readFileSync(join(ROOT, 'assets', 'icon.svg'), 'utf8');
  const out = join(ROOT, 'public', 'icon');
  mkdirSync(out, { recursive: true });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true });
  try {
    for (const size of SIZES) {
      const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
      await page.setContent(`<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`);
      await page.evaluate(() => document.fonts.ready);
      await page.screenshot({ path: join(out, `${size}.png`), omitBackground: true });
      await page.close();
    }
  } finally {
    await browser.close();
  }
  console.log(`icons: ${SIZES.map((s) => `${s}.png`).join(', ')} in public/icon`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
