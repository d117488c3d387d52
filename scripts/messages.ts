/**
 * The interface catalogues from one source table (scripts/messages.source.json: English,
 * Simplified Chinese, description, placeholders per key). Traditional Chinese is the Simplified
 * text through OpenCC (Taiwan phrases), so the two never drift apart.
 */
import * as OpenCC from 'opencc-js';

export type SourceRow = [en: string, zhCN: string, description: string, placeholders?: Record<string, string>];
export interface CatalogueEntry {
  message: string;
  description: string;
  placeholders?: Record<string, { content: string }>;
}
export type Catalogue = Record<string, CatalogueEntry>;

export const LOCALES = ['en', 'zh_CN', 'zh_TW'] as const;

export function buildCatalogues(source: Record<string, SourceRow>): Record<(typeof LOCALES)[number], Catalogue> {
  const toTraditional = OpenCC.Converter({ from: 'cn', to: 'twp' });
  const catalogue = (pick: (row: SourceRow) => string): Catalogue =>
    Object.fromEntries(
      Object.entries(source).map(([key, row]) => {
        const placeholders = row[3] && Object.fromEntries(Object.entries(row[3]).map(([name, content]) => [name, { content }]));
        // Catalogues use $name$ placeholders; the source writes $1, $2 for readability.
        let message = pick(row);
        for (const [name, content] of Object.entries(row[3] ?? {})) message = message.split(content).join(`$${name}$`);
        return [key, { message, description: row[2], ...(placeholders ? { placeholders } : {}) }];
      }),
    );
  return {
    en: catalogue((r) => r[0]),
    zh_CN: catalogue((r) => r[1]),
    zh_TW: catalogue((r) => toTraditional(r[1])),
  };
}
