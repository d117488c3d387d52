import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCatalogues, LOCALES, type SourceRow } from '../scripts/messages';

const ROOT = join(import.meta.dirname, '..');
const source = JSON.parse(readFileSync(join(ROOT, 'scripts', 'messages.source.json'), 'utf8')) as Record<string, SourceRow>;
const committed = (locale: string) => JSON.parse(readFileSync(join(ROOT, 'public', '_locales', locale, 'messages.json'), 'utf8'));

describe('interface catalogues', () => {
  it('are what `npm run messages` writes from the source table', () => {
    const built = buildCatalogues(source);
    for (const locale of LOCALES) expect(committed(locale)).toEqual(built[locale]);
  });

  it('give every key in every locale, with the same placeholders used in each message', () => {
    const built = buildCatalogues(source);
    for (const [key, entry] of Object.entries(built.en)) {
      const names = Object.keys(entry.placeholders ?? {}).sort();
      for (const locale of LOCALES) {
        const message = built[locale][key]!.message;
        expect(message.length, `${locale}.${key}`).toBeGreaterThan(0);
        expect([...message.matchAll(/\$(\w+)\$/g)].map((m) => m[1]).sort(), `${locale}.${key}`).toEqual(names);
      }
    }
  });

  it('turn Simplified into Taiwan Traditional with Taiwan phrasing', () => {
    const built = buildCatalogues(source);
    expect(built.zh_TW.readerOpenFile!.message).toBe('開啟檔案…');
    expect(built.zh_TW.tabGlossary!.message).toBe('術語表');
    expect(built.zh_CN.basisSeed!.message).toBe('据$publication$《$title$》');
  });
});
