import { describe, expect, it } from 'vitest';
import { readableSense } from '../lib/dict/readable-sense';

const label = (count: number) => (count === 1 ? 'measure word:' : 'measure words:');

describe('CC-CEDICT measure words written out', () => {
  it('writes each measure word in the reader\'s script with its reading', () => {
    expect(readableSense('CL:家[jiā],個|个[gè]', false, label)).toBe('measure words: 家 jiā, 个 gè');
    expect(readableSense('CL:家[jiā],個|个[gè]', true, label)).toBe('measure words: 家 jiā, 個 gè');
    expect(readableSense('CL:臺|台[tái]', false, label)).toBe('measure word: 台 tái');
  });

  it('leaves every other sense, and notation it cannot read, as it is', () => {
    expect(readableSense('bank', false, label)).toBe('bank');
    expect(readableSense('CL:oops', false, label)).toBe('CL:oops');
  });
});
