import { describe, expect, it } from 'vitest';
import { createCardTokens, sessionHmacKey } from '../lib/browser/card-tokens';
import { CARD_TOKEN_MAX_AGE_MS } from '../lib/limits';

function memoryStore() {
  let kept: unknown;
  return { get: () => Promise.resolve(kept), set: (raw: number[]) => Promise.resolve(void (kept = raw)) };
}

describe('card tokens: writes only for the term of a card opened in that frame', () => {
  const place = { tabId: 7, frameId: 0 };

  it('accepts its own token for the same tab, frame and term', async () => {
    const key = sessionHmacKey(memoryStore());
    const tokens = createCardTokens(() => key, () => 1_000);
    const token = await tokens.issue(place, 'gpu');
    expect(token).toMatch(/^1000\.[A-Za-z0-9_-]{43}$/);
    expect(await tokens.check(token, place, 'gpu')).toBe(true);
  });

  it('does NOT accept it for another term, another frame, another tab, or no token', async () => {
    const key = sessionHmacKey(memoryStore());
    const tokens = createCardTokens(() => key, () => 1_000);
    const token = await tokens.issue(place, 'gpu');
    expect(await tokens.check(token, place, 'own-abc')).toBe(false);
    expect(await tokens.check(token, { tabId: 7, frameId: 3 }, 'gpu')).toBe(false);
    expect(await tokens.check(token, { tabId: 8, frameId: 0 }, 'gpu')).toBe(false);
    expect(await tokens.check(undefined, place, 'gpu')).toBe(false);
    // A changed time (to stretch its age) breaks the signature.
    expect(await tokens.check(token.replace(/^1000/, '1001'), place, 'gpu')).toBe(false);
  });

  it('does NOT accept a token older than its age limit, or one from the future', async () => {
    let now = 1_000;
    const key = sessionHmacKey(memoryStore());
    const tokens = createCardTokens(() => key, () => now);
    const token = await tokens.issue(place, 'gpu');
    now = 1_000 + CARD_TOKEN_MAX_AGE_MS;
    expect(await tokens.check(token, place, 'gpu')).toBe(true);
    now += 1;
    expect(await tokens.check(token, place, 'gpu')).toBe(false);
    now = 999;
    expect(await tokens.check(token, place, 'gpu')).toBe(false);
  });

  it('still accepts a token after the background restarts (the key is kept for the session), and NOT with another key', async () => {
    const store = memoryStore();
    const before = createCardTokens(() => sessionHmacKey(store), () => 5);
    const token = await before.issue(place, 'gpu');
    const restarted = createCardTokens(() => sessionHmacKey(store), () => 6);
    expect(await restarted.check(token, place, 'gpu')).toBe(true);
    const otherSession = createCardTokens(() => sessionHmacKey(memoryStore()), () => 6);
    expect(await otherSession.check(token, place, 'gpu')).toBe(false);
  });
});
