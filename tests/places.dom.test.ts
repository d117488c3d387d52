import { describe, expect, it, vi } from 'vitest';
import { anchorFor, inPlaces, nodeAt, PLACE_END, placeOf, placesUnder } from '../lib/dom/places';
import { PLACE_FANOUT } from '../lib/limits';

describe('places under an anchor', () => {
  it('numbers the anchor, its children and grandchildren, and finds each again', () => {
    // Test fixture markup, written by the test itself.
    document.body.innerHTML = '<div id="a"><p id="c0">x</p><div id="c1"><p id="g0"></p><p id="g1"></p></div></div>';
    const anchor = document.getElementById('a')!;
    const byId = (id: string) => document.getElementById(id)!;
    expect(['a', 'c0', 'c1', 'g0', 'g1'].map((id) => placeOf(anchor, byId(id)))).toEqual([0, 1, 2, 17 + 16, 17 + 16 + 1]);
    for (const id of ['a', 'c0', 'c1', 'g0', 'g1']) expect(nodeAt(anchor, placeOf(anchor, byId(id)))).toBe(byId(id));
    // A text node is no place; nor is a node three levels down or outside the anchor.
    expect(placeOf(anchor, byId('c0').firstChild!)).toBe(-1);
    byId('g0').append(Object.assign(document.createElement('span'), { id: 'deep' }));
    expect(placeOf(anchor, byId('deep'))).toBe(-1);
    expect(placeOf(byId('c0'), byId('g0'))).toBe(-1);
    expect(nodeAt(anchor, 5)).toBeNull();
  });

  it('counts no further than the fan-out', () => {
    document.body.innerHTML = '<ul id="u"></ul>';
    const list = document.getElementById('u')!;
    for (let i = 0; i <= PLACE_FANOUT; i++) list.append(document.createElement('li'));
    expect(placeOf(list, list.children[PLACE_FANOUT - 1]!)).toBe(PLACE_FANOUT);
    expect(placeOf(list, list.children[PLACE_FANOUT]!)).toBe(-1);
  });

  it('names the places below a place', () => {
    expect(placesUnder(0)).toEqual([[0, PLACE_END]]);
    expect(placesUnder(2)).toEqual([[2, 3], [33, 49]]);
    expect(placesUnder(40)).toEqual([[40, 41]]);
    expect([1, 2, 32, 33, 48, 49].map((p) => inPlaces(placesUnder(2), p))).toEqual([false, true, false, true, true, false]);
  });

  it('takes a parent of up to the fan-out as the anchor, and reads at most fan-out + 1 children of a wider one', () => {
    document.body.innerHTML = '<section id="narrow"></section><section id="wide"></section>';
    const fill = (id: string, n: number) => {
      const parent = document.getElementById(id)!;
      for (let i = 0; i < n; i++) parent.append(Object.assign(document.createElement('p'), { textContent: 'x' }));
      return parent;
    };
    const narrow = fill('narrow', PLACE_FANOUT);
    const wide = fill('wide', 2000);
    expect(anchorFor(document, narrow.lastElementChild!)).toBe(narrow);
    const steps = vi.spyOn(Element.prototype, 'nextElementSibling', 'get');
    const counted = vi.spyOn(Element.prototype, 'childElementCount', 'get');
    // A block of the wide parent is its own anchor, found without counting the 2,000 children.
    expect(anchorFor(document, wide.children[1500]!)).toBe(wide.children[1500]);
    expect(steps.mock.calls.length).toBe(PLACE_FANOUT);
    expect(counted).not.toHaveBeenCalled();
    steps.mockRestore();
    counted.mockRestore();
  });
});
