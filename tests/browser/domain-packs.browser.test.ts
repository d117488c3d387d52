/** The glossary's domains as packs in real Chromium: a domain switched off in the options leaves an open tab's marks at once. */
import { afterEach, describe, expect, it } from 'vitest';
import { SIMPLIFIED_MARKS } from './expected';
import { extensionSuite, markedTexts, setSettings, settledMarks, until } from './harness';

const suite = extensionSuite();

afterEach(async () => setSettings(suite.context(), undefined));

describe('domain packs', () => {
  it('unmarks a domain switched off in every open tab without a reload, and marks it again when switched on', async () => {
    const page = await suite.open('simplified.html');
    expect(await settledMarks(page, 13)).toEqual(SIMPLIFIED_MARKS);
    // 天数天算 and 星载计算 are telecom and space; MaaS and 万卡集群 cloud; 快手 internet.
    await setSettings(suite.context(), { offDomains: ['telecom-space', 'cloud', 'internet'] });
    const without = SIMPLIFIED_MARKS.filter((m) => !['天数天算', '星载计算', 'MaaS', '万卡集群', '快手'].includes(m));
    expect(await until(() => markedTexts(page), (marks) => marks.length === without.length)).toEqual(without);
    await setSettings(suite.context(), { offDomains: [] });
    expect(await until(() => markedTexts(page), (marks) => marks.length === SIMPLIFIED_MARKS.length)).toEqual(SIMPLIFIED_MARKS);
    await page.close();
  });
});
