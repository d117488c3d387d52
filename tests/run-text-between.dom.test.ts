/** A run's text rebuilt from its nodes over a span, for a card asking why a word was marked. */
import { describe, expect, it } from 'vitest';
import { runTextBetween, type TextRun } from '../lib/dom/text-runs';

function runOf(parts: string[], gaps: number[] = parts.map(() => 0)): TextRun {
  const nodes = parts.map((p) => document.createTextNode(p));
  const starts: number[] = [];
  let at = 0;
  parts.forEach((p, i) => {
    at += gaps[i]!;
    starts.push(at);
    at += p.length;
  });
  return { container: document.body, index: 0, text: '', nodes, starts };
}

describe('runTextBetween', () => {
  const run = runOf(['这家公司发布了', '新的大模型，', '推理速度提升一倍。']);

  it('joins the nodes that cover the span, from the first node it touches', () => {
    expect(runTextBetween(run, 9, 15)).toEqual({ text: '大模型，推理', offset: 9 });
  });

  it('clamps a span past either end to the run', () => {
    expect(runTextBetween(run, -200, 400)).toEqual({ text: '这家公司发布了新的大模型，推理速度提升一倍。', offset: 0 });
  });

  it('keeps offsets where nodes leave a gap between them (a boundary the walk inserted)', () => {
    const gapped = runOf(['大模型', '推理'], [0, 1]);
    const { text, offset } = runTextBetween(gapped, 0, 6);
    expect([text, offset, text.indexOf('推理')]).toEqual(['大模型 推理', 0, 4]);
  });

  it('gives an empty text for a span with no node', () => {
    expect(runTextBetween(runOf([]), 3, 9)).toEqual({ text: '', offset: 3 });
  });
});
