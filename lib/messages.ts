/**
 * The one message protocol between content scripts / pages and the background. Every message is
 * checked where it arrives (`parseRequest`); nothing a page could forge is trusted.
 */
import type { Category, GlossaryTerm, Source } from './glossary/types';

/** What a content script needs to mark a page: forms per term, no definitions. */
export interface MatchTable {
  ids: string[];
  forms: string[][];
  caseSensitive: boolean[];
  exclude: string[][];
}

/** A full entry and just enough of the glossary to render it. */
export interface EntryPayload {
  term: GlossaryTerm;
  related: { id: string; term: string }[];
  sources: Source[];
  categories: Category[];
}

export type Request = { type: 'get-match-table' } | { type: 'get-entry'; id: string };

export interface ReplyMap {
  'get-match-table': MatchTable;
  'get-entry': EntryPayload | null;
}

const ID = /^[a-z0-9-]{1,80}$/;

export function parseRequest(message: unknown): Request | undefined {
  if (typeof message !== 'object' || message === null) return undefined;
  const m = message as Record<string, unknown>;
  switch (m.type) {
    case 'get-match-table':
      return { type: 'get-match-table' };
    case 'get-entry':
      return typeof m.id === 'string' && ID.test(m.id) ? { type: 'get-entry', id: m.id } : undefined;
    default:
      return undefined;
  }
}
