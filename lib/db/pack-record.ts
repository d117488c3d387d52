/** A downloaded glossary pack as the reader's database keeps it (lib/db/packs.ts reads and writes it). */
import type { GlossaryTerm } from '../glossary/types';

export interface StoredPack {
  /** `source` + line break + `domain`: a URL holds no line break. */
  key: string;
  /** The version file's URL. */
  source: string;
  domain: string;
  version: string;
  /** The pack's own date (YYYY-MM-DD), and when it was applied here. */
  date: string;
  appliedAt: number;
  terms: Record<string, GlossaryTerm>;
}

export const packKey = (source: string, domain: string) => `${source}\n${domain}`;
