/**
 * Page shapes that once made one long task: every step of the annotator's work on them must be a
 * part, left for the next slice when the clock says so. The clock here advances a millisecond
 * per read, so "sliced" shows as work left after one slice, and "correct" as exact results once
 * every slice has run.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAnnotator, type Annotator } from '../lib/dom/annotator';
import type { VisibilityFactory } from '../lib/dom/visibility';
import { HOVER_READ_NODES, SCAN_CHUNK_CHARS } from '../lib/limits';
import { compileMatcher } from '../lib/matcher/compile';

const FORMS = ['天数天算', 'MaaS', '可灵'];
const matcher = compileMatcher(FORMS.map((form, termIndex) => ({ form, termIndex, caseSensitive: true })));

beforeAll(() => {
  // happy-dom has no StaticRange; the annotator only needs its four fields.
  if (typeof globalThis.StaticRange !== 'function') {
    globalThis.StaticRange = class {
      constructor(init: StaticRangeInit) {
        Object.assign(this, init);
      }
    } as unknown as typeof StaticRange;
  }
});

let queue: (() => void)[];
let painted: Set<StaticRange>;
let annotator: Annotator;
let setNear: (el: Element, near: boolean) => void;
let clock: number;

/** Runs one scheduled slice; false if none was waiting. */
const slice = () => {
  const fn = queue.shift();
  fn?.();
  return !!fn;
};
const drain = () => {
  while (slice());
};
const settle = async () => {
  await Promise.resolve();
  await new Promise((r) => setTimeout(r, 0));
  drain();
};

function textOf(r: StaticRange): string {
  const range = document.createRange();
  range.setStart(r.startContainer, r.startOffset);
  range.setEnd(r.endContainer, r.endOffset);
  return range.toString();
}

function build(fill: (body: HTMLElement) => void, firstOnly = false): void {
  document.body.replaceChildren();
  fill(document.body);
  queue = [];
  painted = new Set();
  const factory: VisibilityFactory = (onChange) => {
    setNear = onChange;
    return { observe: () => {}, unobserve: () => {}, disconnect: () => {} };
  };
  annotator = createAnnotator({ doc: document, matcher, highlight: painted as unknown as Highlight, schedule: (fn) => queue.push(fn), visibility: factory, firstOnly });
  annotator.start();
}

/**
 * One block of `n` text nodes, each "天数天算，" (or `text(i)`), ending in a <br>: a block that is
 * not flat is read node by node, a part per slice. (A flat one is known by a sparse index counted
 * with Range.toString(), which happy-dom takes a second for a few hundred nodes to answer: the
 * load tests cover it in Chromium.)
 */
function hugeBlock(body: HTMLElement, n: number, text = (_i: number) => '天数天算，'): HTMLElement {
  const p = document.createElement('p');
  p.id = 'huge';
  for (let i = 0; i < n; i++) p.appendChild(document.createTextNode(text(i)));
  p.append(document.createElement('br'));
  body.append(p);
  return p;
}

beforeEach(() => {
  clock = 0;
  vi.spyOn(performance, 'now').mockImplementation(() => clock++);
});

afterEach(() => {
  annotator?.stop();
  vi.restoreAllMocks();
});

describe('a block of many text nodes', () => {
  const NODES = 6000;

  it('is painted a part per slice, every match once in the end', () => {
    build((body) => hugeBlock(body, NODES));
    drain();
    expect(annotator.counts()).toEqual(new Map([[0, NODES]]));
    setNear(document.getElementById('huge')!, true);
    // One slice's worth: some of it, not all.
    expect(painted.size).toBeLessThan(NODES);
    expect(queue.length).toBe(1);
    let slices = 0;
    while (slice()) slices++;
    expect(slices).toBeGreaterThan(5);
    expect(painted.size).toBe(NODES);
    // Each range within its own text node (happy-dom's Range is too slow for 6,000 of them).
    const texts = new Set([...painted].map((r) => (r.startContainer === r.endContainer ? (r.startContainer as Text).data.slice(r.startOffset, r.endOffset) : '?')));
    expect(texts).toEqual(new Set(['天数天算']));
    expect(new Set([...painted].map((r) => r.startContainer)).size).toBe(NODES);
  });

  it('answers a hover from its kept runs while the page changes elsewhere, and reads it again (in slices) only when it changes itself', async () => {
    build((body) => {
      hugeBlock(body, HOVER_READ_NODES * 3);
      const clockEl = document.createElement('div');
      clockEl.id = 'clock';
      clockEl.textContent = '12:00';
      body.append(clockEl);
    });
    drain();
    const huge = document.getElementById('huge')!;
    const node = huge.childNodes[HOVER_READ_NODES * 2] as Text;
    // Not kept yet: the hover reads a part, answers nothing, and the rest is read in the slices.
    expect(annotator.annotationAt(node, 1)).toBeUndefined();
    drain();
    const hit = annotator.annotationAt(node, 1);
    expect(hit && { start: hit.start, end: hit.end, term: FORMS[hit.termIndex] }).toEqual({ start: HOVER_READ_NODES * 2 * 5, end: HOVER_READ_NODES * 2 * 5 + 4, term: '天数天算' });
    // A clock elsewhere: the block is still kept, the hover answers at once.
    for (let t = 1; t <= 5; t++) {
      document.getElementById('clock')!.textContent = `12:0${t}`;
      await settle();
      expect(annotator.annotationAt(node, 1)?.start).toBe(HOVER_READ_NODES * 2 * 5);
    }
    // A change inside the block: read again, in slices.
    huge.append('可灵');
    await settle();
    expect(annotator.counts()).toEqual(new Map([[0, HOVER_READ_NODES * 3], [2, 1]]));
    expect(annotator.annotationAt(node, 1)).toBeUndefined();
    drain();
    expect(annotator.annotationAt(node, 1)?.start).toBe(HOVER_READ_NODES * 2 * 5);
  });
});

describe('one very long text node', () => {
  it('is scanned a part per step, with exactly the matches of a whole scan, terms across part boundaries included', () => {
    const parts = 4;
    // Filler of a character no term starts with; terms placed across two part boundaries, and at
    // the third "xMaaS", whose M starts a part: the letter before it (in the part before) rules
    // out the Latin term, as in a whole scan.
    const chars = Array.from({ length: parts * SCAN_CHUNK_CHARS }, () => '的');
    const put = (at: number, s: string) => [...s].forEach((c, i) => (chars[at + i] = c));
    put(SCAN_CHUNK_CHARS - 2, '天数天算');
    put(SCAN_CHUNK_CHARS * 3 - 2, '天数天算');
    put(SCAN_CHUNK_CHARS * 2 - 1, 'xMaaS');
    put(SCAN_CHUNK_CHARS * 2 + 100, ' MaaS');
    put(SCAN_CHUNK_CHARS * 3 - 1 - 8, '可灵');
    const text = chars.join('');
    build((body) => {
      const p = document.createElement('p');
      p.id = 'long';
      p.append(text);
      body.append(p);
    });
    drain();
    const whole = matcher.matchAll(text).map((m) => [m.start, m.end, m.termIndex]);
    expect(whole.map(([s, e]) => text.slice(s, e))).toEqual(['天数天算', 'MaaS', '可灵', '天数天算']);
    const counts = new Map<number, number>();
    for (const [, , term] of whole) counts.set(term!, (counts.get(term!) ?? 0) + 1);
    expect(annotator.counts()).toEqual(counts);
    setNear(document.getElementById('long')!, true);
    drain();
    const ranges = [...painted].map((r) => [r.startOffset, r.endOffset]).sort((a, b) => a[0]! - b[0]!);
    expect(ranges).toEqual(whole.map(([s, e]) => [s, e]));
  });
});

describe('first occurrence only, with a feed that flaps its first story', () => {
  it('looks for the next first in the slices, not in the mutation callback, and ends with exactly the first occurrences painted', async () => {
    build((body) => {
      const feed = document.createElement('div');
      feed.id = 'feed';
      for (let i = 0; i < 40; i++) {
        const story = document.createElement('article');
        story.id = `s${i}`;
        story.textContent = i === 0 ? '头条：可灵与天数天算' : `第${i}条：天数天算，MaaS`;
        feed.append(story);
      }
      body.append(feed);
    }, true);
    drain();
    for (const story of document.querySelectorAll('article')) setNear(story, true);
    drain();
    const where = () => [...painted].map((r) => `${(r.startContainer.parentNode as Element).id}:${textOf(r)}`).sort();
    expect(where()).toEqual(['s0:可灵', 's0:天数天算', 's1:MaaS']);
    const feed = document.getElementById('feed')!;
    for (let flap = 0; flap < 5; flap++) {
      const first = feed.firstElementChild!;
      first.remove();
      await Promise.resolve(); // the mutation callback has run; no slice yet
      expect(where()).toEqual(['s1:MaaS']); // the story's marks left with it; the next first is not found yet
      expect(queue.length).toBe(1);
      drain();
      expect(where()).toEqual(['s1:MaaS', 's1:天数天算']);
      feed.prepend(first);
      setNear(first, true);
      await settle();
      expect(where()).toEqual(['s0:可灵', 's0:天数天算', 's1:MaaS']);
    }
    expect(annotator.counts()).toEqual(new Map([[0, 40], [1, 39], [2, 1]]));
  });
});
