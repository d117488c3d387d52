/** Driving the hover card in Firefox ESR as a reader does: open it on a term, reach into it, click its controls. */
import type { Browser, Page } from 'puppeteer-core';
import { controlIn, hostBoxOnPage, labelledIn, termBoxOnPage, type TermBox } from './card-probes';
import { firefoxCardText, firefoxInCard } from './firefox-harness';
import { until } from './harness';

export type Box = Omit<TermBox, 'x' | 'y'>;
type Point = { x: number; y: number };

export const intersects = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

export function firefoxCardDriver(browser: () => Browser) {
  const cardText = (page: Page) => firefoxCardText(browser(), page);
  const inCard = <T>(page: Page, fn: string) => firefoxInCard<T>(browser(), page, fn);
  const termBox = (page: Page, id: string, term: string) => page.evaluate(termBoxOnPage, [id, term] as const);
  const hostBox = (page: Page) => page.evaluate(hostBoxOnPage);
  return {
    cardText,
    inCard,
    termBox,
    hostBox,
    control: (page: Page, name: string) => inCard<Point>(page, controlIn(name)),
    labelled: (page: Page, label: string) => inCard<Point>(page, labelledIn(label)),
    /** Hovers `term` in element `id` until its card shows text containing `expected`; the term's and the card's boxes. */
    async openCard(page: Page, id: string, term: string, expected: string): Promise<{ term: TermBox; card: Box }> {
      const box = await termBox(page, id, term);
      await page.mouse.move(box.x, box.y);
      const text = await until(() => cardText(page), (t) => !!t?.includes(expected));
      if (!text?.includes(expected)) throw new Error(`the card of ${term} did not show "${expected}": ${text}`);
      return { term: box, card: (await until(() => hostBox(page), (r) => !!r))! };
    },
    /** Moves the pointer into the card in 8 steps to the control at `at`, and clicks it. */
    async clickIn(page: Page, at: Promise<Point | undefined>, what: string): Promise<void> {
      const point = await at;
      if (!point) throw new Error(`no ${what} on the card`);
      await page.mouse.move(point.x, point.y, { steps: 8 });
      await page.mouse.click(point.x, point.y);
    },
  };
}
