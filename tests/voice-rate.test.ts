import { describe, expect, it } from 'vitest';
import { createRateLimit } from '../lib/rate-limit';
import { chooseVoice } from '../lib/voice';

const v = (name: string, lang: string, localService: boolean) => ({ name, lang, localService });

describe('voice for a term', () => {
  const voices = [v('Google 粤語', 'zh-HK', true), v('Net CN', 'zh-CN', false), v('Local CN', 'zh-CN', true), v('Net TW', 'zh-TW', false), v('English', 'en-US', true)];

  it('prefers a local voice of the form\'s script', () => {
    expect(chooseVoice(voices, 'simplified')).toEqual({ voice: voices[2], network: false });
  });

  it('reads a Traditional form with a zh-TW voice, saying it is a network voice', () => {
    expect(chooseVoice(voices, 'traditional')).toEqual({ voice: voices[3], network: true });
  });

  it('falls back to the other Mandarin script, and has NO voice for Cantonese or English only', () => {
    expect(chooseVoice([v('Local CN', 'zh_CN', true)], 'traditional')).toEqual({ voice: { name: 'Local CN', lang: 'zh_CN', localService: true }, network: false });
    expect(chooseVoice([voices[0]!, voices[4]!], 'simplified')).toBeUndefined();
  });
});

describe('rate limit', () => {
  it('allows 4 in a minute, refuses the 5th, and allows again once the first leaves the window', () => {
    const limit = createRateLimit(4, 60_000);
    expect([0, 1000, 2000, 3000, 4000].map((t) => limit.allow(t))).toEqual([true, true, true, true, false]);
    expect(limit.allow(60_001)).toBe(true);
    expect(limit.allow(60_002)).toBe(false);
  });
});
