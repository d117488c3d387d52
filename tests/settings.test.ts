import { describe, expect, it } from 'vitest';
import { DISABLED_SITES_MAX } from '../lib/limits';
import { legacyUnmarkedTerms } from '../lib/db/legacy-unmarked';
import { DEFAULT_SETTINGS, isActiveOn, listCuts, normalizeSite, parseSettings, siteOf, withSite } from '../lib/settings';

describe('settings from storage', () => {
  it('falls back to the defaults for nothing, garbage and wrong types, field by field', () => {
    expect(parseSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings('yes')).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings({ enabled: 'no', trigger: 'dblclick', highlightStyle: 42, languages: null, script: 'latin', firstOnly: 1 })).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings({ trigger: 'click', languages: 'en' })).toEqual({ ...DEFAULT_SETTINGS, trigger: 'click', languages: 'en' });
  });

  it('clamps the hover delay to 0–2000 ms and rounds it', () => {
    expect(parseSettings({ hoverDelayMs: -5 }).hoverDelayMs).toBe(0);
    expect(parseSettings({ hoverDelayMs: 99999 }).hoverDelayMs).toBe(2000);
    expect(parseSettings({ hoverDelayMs: 412.6 }).hoverDelayMs).toBe(413);
    expect(parseSettings({ hoverDelayMs: Number.NaN }).hoverDelayMs).toBe(300);
  });

  it('keeps only host names in the site list, lower-cased and without duplicates', () => {
    expect(parseSettings({ disabledSites: ['News.Example.com', 'news.example.com.', '<script>', 7, 'a b', '[::1]'] }).disabledSites).toEqual([
      'news.example.com',
      '[::1]',
    ]);
  });

  it('reads a stored site list of 400,000 entries only up to its first 5,000, and reports the cut', () => {
    const stored = { disabledSites: Array.from({ length: 400_000 }, (_, i) => `site-${i}.example`) };
    const { disabledSites } = parseSettings(stored);
    expect(DISABLED_SITES_MAX).toBe(5000);
    expect(disabledSites).toHaveLength(5000);
    expect([disabledSites[0], disabledSites[4999]]).toEqual(['site-0.example', 'site-4999.example']);
    expect(isActiveOn(parseSettings(stored), 'site-5000.example')).toBe(true);
    expect(listCuts(stored)).toEqual([{ list: 'disabledSites', stored: 400_000, kept: 5000 }]);
    expect(listCuts({ disabledSites: ['a.example'] })).toEqual([]);
    expect(listCuts('garbage')).toEqual([]);
  });

  it('switches a site off on a full list by letting the oldest site go', () => {
    const full = parseSettings({ disabledSites: Array.from({ length: 5000 }, (_, i) => `site-${i}.example`) });
    const off = withSite(full, 'www.36kr.com', false);
    expect(off.disabledSites).toHaveLength(5000);
    expect([off.disabledSites[0], off.disabledSites[4999]]).toEqual(['site-1.example', 'www.36kr.com']);
    expect(isActiveOn(parseSettings(off), 'www.36kr.com')).toBe(false);
  });

  it('switches one site off and on again, and knows where TermLens is active', () => {
    const off = withSite(DEFAULT_SETTINGS, 'www.36kr.com', false);
    expect(off.disabledSites).toEqual(['www.36kr.com']);
    expect(isActiveOn(off, 'www.36kr.com')).toBe(false);
    expect(isActiveOn(off, 'www.ithome.com')).toBe(true);
    expect(isActiveOn({ ...off, enabled: false }, 'www.ithome.com')).toBe(false);
    expect(withSite(off, 'www.36kr.com', true).disabledSites).toEqual([]);
  });

  it('takes the site of http(s) pages only', () => {
    expect(siteOf('https://Www.Example.com:8443/a?b#c')).toBe('www.example.com');
    expect(siteOf('file:///home/a.html')).toBeUndefined();
    expect(siteOf('not a url')).toBeUndefined();
    expect(normalizeSite('  Example.COM ')).toBe('example.com');
  });

  it('reads an older version\'s unmarked list as it did (valid, distinct ids, bounded to 2000), and no longer keeps it in the settings', () => {
    expect(legacyUnmarkedTerms(['maas', 'maas', 'Bad Id', 42, '<img>', 'ke-ling'])).toEqual(['maas', 'ke-ling']);
    expect(legacyUnmarkedTerms('maas')).toEqual([]);
    expect(legacyUnmarkedTerms(Array.from({ length: 2500 }, (_, i) => `t${i}`))).toHaveLength(2000);
    expect('unmarkedTerms' in parseSettings({ unmarkedTerms: ['maas'] })).toBe(false);
  });
});
