import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseGlossary } from '../lib/glossary/parse';

const committed = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'data/glossary.json'), 'utf8'));
const clone = () => structuredClone(committed);

describe('parseGlossary', () => {
  it('accepts the committed glossary', () => {
    expect(parseGlossary(clone()).terms).toHaveLength(committed.terms.length);
  });

  it('rejects what is not a glossary, saying why', () => {
    expect(() => parseGlossary(null)).toThrow('invalid glossary: not an object');
    expect(() => parseGlossary({ ...clone(), version: 2 })).toThrow('invalid glossary: version 2 is not supported (expected 1)');
    expect(() => parseGlossary({ version: 1 })).toThrow('invalid glossary: categories, sources and terms must be lists');
  });

  it('names the bad term', () => {
    const g = clone();
    g.terms[0].forms = ['天数天算', ''];
    expect(() => parseGlossary(g)).toThrow('invalid glossary: term "tianshu-tiansuan": forms must be non-empty strings');
    const h = clone();
    h.terms[1].excerpts[0].source = 'nowhere';
    expect(() => parseGlossary(h)).toThrow('invalid glossary: term "disu-tiansuan" excerpts[0].source must name a listed source');
    const k = clone();
    k.terms[2].excerpts[0].mark = [5, 2];
    expect(() => parseGlossary(k)).toThrow('invalid glossary: term "space-ground-integration" excerpts[0].mark must be [start, end) inside the text');
    const d = clone();
    d.terms.push(d.terms[0]);
    expect(() => parseGlossary(d)).toThrow('invalid glossary: term "tianshu-tiansuan" appears twice');
  });
});
