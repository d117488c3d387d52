import { describe, expect, it } from 'vitest';
import { domainName, domainsChanged, termsInDomains } from '../lib/glossary/domain-packs';
import { DEFAULT_SETTINGS, parseSettings } from '../lib/settings';

const terms = [
  { id: 'nvidia', category: 'chips' },
  { id: 'byd', category: 'ev' },
  { id: 'sora', category: 'ai-models' },
];

describe('domains as packs', () => {
  it('leaves out the terms of the domains switched off, and returns the very list when none is', () => {
    expect(termsInDomains(terms, ['ev', 'chips']).map((t) => t.id)).toEqual(['sora']);
    expect(termsInDomains(terms, [])).toBe(terms);
  });

  it('sees a change only where the set of domains switched off differs', () => {
    expect(domainsChanged(['ev'], ['ev'])).toBe(false);
    expect(domainsChanged(['ev', 'chips'], ['chips', 'ev'])).toBe(false);
    expect(domainsChanged([], ['ev'])).toBe(true);
    expect(domainsChanged(['ev', 'chips'], ['ev', 'cloud'])).toBe(true);
  });

  it('names a domain in the interface language', () => {
    const ev = { id: 'ev', zh: '新能源汽车与智驾', zhHant: '新能源汽車與智駕', en: 'EVs & autonomous driving' };
    expect(domainName(ev, 'en')).toBe('EVs & autonomous driving');
    expect(domainName(ev, 'zh-CN')).toBe('新能源汽车与智驾');
    expect(domainName(ev, 'zh-TW')).toBe('新能源汽車與智駕');
  });

  it('keeps every domain on by default, and reads a stored list defensively (ids only, once each, at most 64)', () => {
    expect(DEFAULT_SETTINGS.offDomains).toEqual([]);
    expect(parseSettings({}).offDomains).toEqual([]);
    expect(parseSettings({ offDomains: 'ev' }).offDomains).toEqual([]);
    expect(parseSettings({ offDomains: ['ev', 'ev', 'Telecom Space', 7, 'telecom-space', ''] }).offDomains).toEqual(['ev', 'telecom-space']);
    expect(parseSettings({ offDomains: Array.from({ length: 100 }, (_, i) => `d${i}`) }).offDomains).toHaveLength(64);
  });
});
