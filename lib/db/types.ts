/** The reader's own data, as the database keeps it (one record type per table). */
import type { TermStatus } from '../term-status';

/** Where the reader met a term: kept only when they add it themselves. */
export interface MetAt {
  title?: string;
  url?: string;
  sentence?: string;
}

export interface OwnTerm {
  /** `own-` + a hash of `term`: stable, so a re-import or an Anki re-export updates the same record. */
  id: string;
  term: string;
  /** Every string a page may write for this term, `term` first (other-script forms, aliases). */
  forms: string[];
  pinyin: string;
  english: string;
  definitionZh: string;
  definitionEn: string;
  note: string;
  tags: string[];
  met?: MetAt;
  /** Where it came from: typed by the reader, or the name of the imported file. */
  origin: string;
  createdAt: number;
  updatedAt: number;
}

/** A note the reader keeps on a bundled term: shown with its card, never replacing it. */
export interface TermNote {
  termId: string;
  text: string;
  updatedAt: number;
}


export interface StatusRecord {
  termId: string;
  status: TermStatus;
  updatedAt: number;
}

/** One card the reader opened. `url` only when they opted in; `site` is the host name. */
export interface HistoryRecord {
  seq?: number;
  termId: string;
  term: string;
  at: number;
  site: string;
  url?: string;
}
