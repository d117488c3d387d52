import { afterEach, describe, expect, it } from 'vitest';
import { createPrivateLayer, PRIVATE_LAYER_ATTRIBUTE, type PrivateLayer } from '../lib/dom/private-layer';

let frames: (() => void)[] = [];
let layer: PrivateLayer | undefined;
const runFrames = () => {
  for (let fn = frames.shift(); fn; fn = frames.shift()) fn();
};
const hosts = () => [...document.documentElement.children].filter((el) => el.hasAttribute(PRIVATE_LAYER_ATTRIBUTE));

afterEach(() => {
  layer?.detach();
  frames = [];
});

describe('the private layer\'s host', () => {
  it('is on the page once attached, with no mark at all, and its shadow root is closed to the page', () => {
    let checks = 0;
    layer = createPrivateLayer({ doc: document, nextFrame: (fn) => frames.push(fn), onFrame: () => checks++ });
    expect(hosts()).toHaveLength(0);
    layer.attach();
    runFrames();
    expect(hosts()).toHaveLength(1);
    expect(hosts()[0]!.shadowRoot).toBeNull();
    expect(hosts()[0]!.getAttribute('style')).toContain('pointer-events: none !important');
    expect(checks).toBe(1);
  });

  it('comes back when the page removes or restyles it, and is gone when detached', async () => {
    layer = createPrivateLayer({ doc: document, nextFrame: (fn) => frames.push(fn) });
    layer.attach();
    runFrames();
    const host = hosts()[0]!;
    host.remove();
    await Promise.resolve(); // the mutation record
    runFrames();
    expect(hosts()).toEqual([host]);
    host.setAttribute('style', 'display: none');
    host.setAttribute('id', 'seen');
    await Promise.resolve();
    runFrames();
    expect(host.getAttribute('style')).toContain('display: block !important');
    expect(host.hasAttribute('id')).toBe(false);
    layer.detach();
    expect(hosts()).toHaveLength(0);
  });
});
