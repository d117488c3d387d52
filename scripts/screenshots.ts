/**
 * `npm run screenshots`: pictures of the hover card, the popup and the side panel for the README,
 * taken from the built extension in headless Chromium (fonts-noto-cjk needed for the Chinese).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium, requireBuildAndBrowser, serveFixtures, settledMarks, termBox } from '../tests/browser/harness';

const OUT = join(import.meta.dirname, '..', 'docs');

async function main(): Promise<void> {
  requireBuildAndBrowser();
  mkdirSync(OUT, { recursive: true });
  const { server, url } = await serveFixtures();
  const { context, close } = await launchChromium(true);
  // tsx keeps function names with an __name helper that functions sent to the page would miss.
  await context.addInitScript('globalThis.__name = (f) => f;');
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const extension = (page: string) => `chrome-extension://${new URL(worker.url()).host}/${page}`;

    const page = await context.newPage();
    await page.setViewportSize({ width: 820, height: 560 });
    await page.goto(url('simplified.html'));
    await settledMarks(page, 13);
    const box = await termBox(page, 'p2', '天数天算');
    await page.mouse.move(box.x, box.y);
    await page.waitForSelector('[data-termlens-ui]', { state: 'attached' });
    await page.waitForTimeout(600);
    await page.screenshot({ path: join(OUT, 'card.png') });

    const panel = await context.newPage();
    await panel.setViewportSize({ width: 380, height: 640 });
    await panel.goto(extension('sidepanel.html'));
    await page.bringToFront();
    await panel.waitForSelector('[data-testid="page-terms"] li');
    await panel.screenshot({ path: join(OUT, 'sidebar.png') });

    const popup = await context.newPage();
    await popup.setViewportSize({ width: 380, height: 480 });
    await page.bringToFront();
    await popup.goto(extension('popup.html'));
    await popup.getByRole('searchbox').fill('qmt');
    await popup.waitForSelector('[role="option"]');
    await popup.screenshot({ path: join(OUT, 'popup.png') });
    console.log(`screenshots in ${OUT}: card.png, sidebar.png, popup.png`);
  } finally {
    await close();
    server.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
