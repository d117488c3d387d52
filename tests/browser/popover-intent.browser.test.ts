/** The side panel's popover (Reader, Sources) as a reader's pointer uses it, in Chromium. */
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { POPOVER_HOVER_DELAY_MS } from '../../lib/limits';
import { ADJACENT_READER_TEXT } from './card-pages';
import { afterPopoverHoverDelay, markBoxOnPage, popoverOnPage } from './card-probes';
import { extensionSuite, until } from './harness';

const suite = extensionSuite();

afterEach(async () => {
  for (const page of suite.context().pages()) await page.close();
});

/** Reader text whose two terms touch: a path from the first down to its popover crosses the second. */
async function readerWith(text: string): Promise<Page> {
  const panel = await suite.context().newPage();
  await panel.setViewportSize({ width: 1000, height: 800 });
  await panel.goto(suite.extension('sidepanel.html'));
  await panel.getByRole('tab', { name: 'Reader' }).click();
  await panel.getByLabel('Text to read').fill(text);
  await panel.waitForSelector('.tl-article mark');
  return panel;
}

const markBox = (panel: Page, term: string) => panel.evaluate(markBoxOnPage, term);

const afterHoverDelay = (panel: Page) => panel.evaluate(afterPopoverHoverDelay, POPOVER_HOVER_DELAY_MS);
const popover = async (panel: Page) => (await panel.evaluate(popoverOnPage)) ?? undefined;

describe('side panel popover', () => {
  it('stays on its term while the pointer crosses the next term on its way in, and rests there 1.5 s', async () => {
    const panel = await readerWith(ADJACENT_READER_TEXT);
    const first = await markBox(panel, '全模态大模型');
    const start = { x: first.right - 4, y: (first.top + first.bottom) / 2 };
    await panel.mouse.move(start.x, start.y);
    const open = await until(() => popover(panel), (p) => !!p);
    expect(open!.heading).toBe('全模态大模型全模態大模型');
    const second = await markBox(panel, 'MaaS');
    // The straight path to the popover runs through the lower part of MaaS, which is in the corridor.
    const target = { x: 300, y: open!.top + 100 };
    const headings = new Set<string>();
    for (let i = 1; i <= 10; i++) {
      await panel.mouse.move(start.x + ((target.x - start.x) * i) / 10, start.y + ((target.y - start.y) * i) / 10);
      headings.add((await popover(panel))?.heading ?? 'none');
    }
    expect(second.left).toBeLessThan(start.x + (target.x - start.x) / 5);
    expect([...headings]).toEqual(['全模态大模型全模態大模型']);
    await panel.waitForTimeout(1500);
    expect((await popover(panel))?.heading).toBe('全模态大模型全模態大模型');
  });

  it('does NOT open the term the pointer rests on in the corridor', async () => {
    const panel = await readerWith(ADJACENT_READER_TEXT);
    const first = await markBox(panel, '全模态大模型');
    const second = await markBox(panel, 'MaaS');
    await panel.mouse.move(first.right - 4, (first.top + first.bottom) / 2);
    await until(() => popover(panel), (p) => !!p);
    // On MaaS, low and near 全模态大模型: inside the corridor from the term down to its popover.
    const onSecond = { x: second.left + 6, y: second.bottom - 2 };
    await panel.mouse.move(onSecond.x, onSecond.y, { steps: 3 });
    const headings: string[] = [];
    // Resting: the popover closes (the corridor's rest allowance ran out) and no other opens.
    const closed = await until(
      async () => {
        const heading = (await popover(panel))?.heading ?? 'none';
        if (headings.at(-1) !== heading) headings.push(heading);
        return heading;
      },
      (h) => h === 'none',
    );
    expect(closed).toBe('none');
    expect(headings).toEqual(['全模态大模型全模態大模型', 'none']);
    // A tremor on the same spot after the close is still resting, not a new hover of MaaS.
    await panel.mouse.move(onSecond.x + 1, onSecond.y);
    await panel.mouse.move(onSecond.x, onSecond.y);
    await afterHoverDelay(panel);
    expect(await popover(panel)).toBeUndefined();
    // Leaving MaaS and coming back is a hover of MaaS.
    await panel.mouse.move(second.right + 30, onSecond.y);
    await panel.mouse.move(second.left + 10, (second.top + second.bottom) / 2);
    expect((await until(() => popover(panel), (p) => !!p))!.heading).toBe('MaaS');
  });

  it('does NOT switch to a term the pointer only passes over, just outside the corridor, on its way in', async () => {
    const panel = await readerWith(ADJACENT_READER_TEXT);
    const first = await markBox(panel, '全模态大模型');
    const second = await markBox(panel, 'MaaS');
    const start = { x: first.right - 4, y: (first.top + first.bottom) / 2 };
    await panel.mouse.move(start.x, start.y);
    const open = await until(() => popover(panel), (p) => !!p);
    // Over MaaS's upper half (above the corridor's edge), then on down into the popover.
    const path = [
      { x: second.left + 8, y: second.top + 3 },
      { x: second.left + 20, y: second.bottom + 2 },
      { x: second.left + 40, y: open!.top + 20 },
    ];
    const headings = new Set<string>();
    for (const p of path) {
      await panel.mouse.move(p.x, p.y);
      headings.add((await popover(panel))?.heading ?? 'none');
    }
    expect([...headings]).toEqual(['全模态大模型全模態大模型']);
    await afterHoverDelay(panel);
    expect((await popover(panel))!.heading).toBe('全模态大模型全模態大模型');
  });
});
