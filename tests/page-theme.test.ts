import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { backgroundBehind, contrast, DEFAULT_LIGHT_MARK, hexColor, lightMarkColourOn, markColourOn, MARK_COLOURS, parseColor, themeOf } from '../lib/dom/page-theme';

describe('page theme', () => {
  it('reads computed colours in both syntaxes', () => {
    expect([parseColor('rgb(17, 17, 17)'), parseColor('rgba(0, 0, 0, 0)'), parseColor('rgb(255 255 255 / 50%)'), parseColor('red')]).toEqual([
      { r: 17, g: 17, b: 17, a: 1 },
      { r: 0, g: 0, b: 0, a: 0 },
      { r: 255, g: 255, b: 255, a: 0.5 },
      undefined,
    ]);
  });

  it('takes the first painted background outwards from the term, blending translucent layers', () => {
    expect(backgroundBehind(['rgba(0, 0, 0, 0)', 'rgb(17, 17, 17)', 'rgb(255, 255, 255)'])).toEqual({ r: 17, g: 17, b: 17, a: 1 });
    expect(backgroundBehind(['rgba(255, 255, 255, 0.5)', 'rgb(0, 0, 0)'])).toEqual({ r: 127.5, g: 127.5, b: 127.5, a: 1 });
    expect(backgroundBehind(['rgba(0, 0, 0, 0)', 'transparent'])).toBeUndefined();
  });

  it('calls a #111 page dark and a white one light; with no background, the canvas decides', () => {
    expect(themeOf(parseColor('rgb(17, 17, 17)'), false)).toBe('dark');
    expect(themeOf(parseColor('rgb(255, 255, 255)'), true)).toBe('light');
    expect(themeOf(undefined, true)).toBe('dark');
    expect(themeOf(undefined, false)).toBe('light');
  });

  it('picks a mark colour with at least 3:1 contrast on white, black, #111, mid-grey and navy', () => {
    for (const bg of ['#ffffff', '#000000', '#111111', '#777777', '#1a1a40', '#3060c0']) {
      const colour = markColourOn(hexColor(bg));
      expect(contrast(hexColor(colour), hexColor(bg)), `${colour} on ${bg}`).toBeGreaterThanOrEqual(3);
    }
    expect(markColourOn(hexColor('#ffffff'))).toBe('#1a73e8');
    expect(markColourOn(hexColor('#777777'))).toBe('#0a1f44');
  });

  it('lightens the mark of a known term towards the background and keeps 3:1 contrast, on light, dark and beige pages', () => {
    for (const bg of ['#ffffff', '#000000', '#121212', '#f5f5dc', '#808080']) {
      const background = hexColor(bg);
      const main = markColourOn(background);
      const light = lightMarkColourOn(background, main);
      expect(contrast(hexColor(light), background)).toBeGreaterThanOrEqual(3);
      expect(contrast(hexColor(light), background)).toBeLessThan(contrast(hexColor(main), background));
    }
    expect(lightMarkColourOn(hexColor('#ffffff'), MARK_COLOURS[0])).toBe(DEFAULT_LIGHT_MARK);
  });

  it('writes the same light mark colour in the highlight sheet as it computes for white', () => {
    const css = readFileSync(join(import.meta.dirname, '..', 'public', 'termlens-highlight.css'), 'utf8');
    expect(/::highlight\(termlens-underline-light\)\s*\{[^}]*underline dotted (#[0-9a-f]{6}) 1px/.exec(css)?.[1]).toBe(DEFAULT_LIGHT_MARK);
  });
});
