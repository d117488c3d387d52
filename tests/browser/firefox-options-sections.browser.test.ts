/**
 * The options page in Firefox ESR under its zh-TW language pack (requested by pref), mirroring
 * options-sections (Chromium): the same sections, parts and reason for a greyed-out Send to Anki.
 */
import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { firefoxExtensionPage, firefoxSuite } from './firefox-harness';
import { OUTLINES, readOptionsOutline } from './options-probe';

const LANGPACK = '/usr/lib/firefox-esr/browser/extensions/langpack-zh-TW@firefox-esr.mozilla.org.xpi';

beforeAll(() => {
  if (!existsSync(LANGPACK)) throw new Error(`no ${LANGPACK}: apt-get install -y firefox-esr-l10n-zh-tw`);
});
const suite = firefoxSuite({}, { prefs: { 'intl.locale.requested': 'zh-TW' } });

describe('Firefox ESR: the options page in the zh-TW interface', () => {
  it('shows its sections, their parts and the reason Send to Anki is greyed out, in Traditional', async () => {
    const options = await firefoxExtensionPage(suite.browser(), 'options.html');
    await options.waitForSelector('.tl-domains legend');
    expect(await options.evaluate(readOptionsOutline)).toEqual(OUTLINES['zh-TW']);
  });
});
