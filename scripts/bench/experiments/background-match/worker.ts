/**
 * The stand-in background of background-match.ts: a service worker that builds the matcher once
 * (as the product's background does) and then either sends the layout, as today, or matches the
 * text runs a frame sends and returns their offsets.
 */
import { buildLayout } from '../../../../lib/matcher/compile';
import { entriesOfTerms, type MatchableTerm } from '../../../../lib/matcher/entries';
import { layoutForMessage } from '../../../../lib/matcher/layout';
import { joinTermIds } from '../../../../lib/matcher/term-ids';
import { matcherOf } from '../../../../lib/matcher/matcher';

declare const chrome: {
  runtime: {
    getURL(path: string): string;
    onMessage: { addListener(fn: (message: Record<string, unknown>, sender: unknown, reply: (value: unknown) => void) => boolean | void): void };
  };
};

const started = performance.now();
const ready = (async () => {
  const terms = (await (await fetch(chrome.runtime.getURL('table.json'))).json()) as MatchableTerm[];
  const layout = buildLayout(entriesOfTerms(terms));
  const reply = { ids: joinTermIds(terms.map((t) => t.id)), layout: layoutForMessage(layout) };
  return { reply, matcher: matcherOf(layout), readyMs: performance.now() - started };
})();

const found: number[] = [];
chrome.runtime.onMessage.addListener((message, _sender, reply) => {
  void ready.then(({ reply: layoutReply, matcher, readyMs }) => {
    if (message.type === 'layout') return reply(layoutReply);
    if (message.type === 'ping') return reply({ readyMs });
    if (message.type !== 'match' || typeof message.text !== 'string' || !Array.isArray(message.runs)) return reply(undefined);
    // The slice's runs joined: each run matched on its own range, so the rules see what they see in the frame.
    const t0 = performance.now();
    const text = message.text;
    const offsets: number[] = [];
    let from = 0;
    for (const length of message.runs as number[]) {
      const n = matcher.find(text, found, from, from + length);
      for (let k = 0; k < n; k++) offsets.push(found[k]!);
      from += length;
    }
    reply({ offsets, workerMs: performance.now() - t0 });
  });
  return true;
});
