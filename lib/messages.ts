/**
 * The one message protocol between content scripts / pages and the background. Every message is
 * checked where it arrives (`parseRequest`); nothing a page could forge is trusted.
 */
import type { EntryPayload } from './glossary/payloads';
import { parseLayout, type LayoutMessage, type MatcherLayout } from './matcher/layout';

/** What a content script needs to mark a page: the term ids, and the matcher the background compiled. */
export interface PageMatcher<Layout = MatcherLayout> {
  ids: string[];
  layout: Layout;
}

/** A PageMatcher from a reply, checked through (its layout indexes arrays in the scan), or undefined. */
export function parsePageMatcher(value: unknown): PageMatcher | undefined {
  const v = value as PageMatcher;
  if (typeof v !== 'object' || v === null || !Array.isArray(v.ids) || !v.ids.every((id) => typeof id === 'string')) return undefined;
  const layout = parseLayout(v.layout, v.ids.length);
  return layout ? { ids: v.ids, layout } : undefined;
}

/** Content scripts and extension pages → background. */
export type Request =
  | { type: 'get-page-matcher' }
  | { type: 'get-entry'; id: string }
  | { type: 'open-entry'; id: string }
  // An extension page changed the reader's own data (lib/db): the background rebuilds the matcher.
  | { type: 'reader-data-changed' };

/** Extension pages (popup, sidebar) → the content script of a tab's top frame. */
export type TabRequest = { type: 'page-terms' } | { type: 'reveal-term'; id: string };

/** What a page holds: its site, whether TermLens is on there, and each term's count. */
export interface PageTerms {
  site: string | null;
  active: boolean;
  counts: [id: string, count: number][];
}

/** The port the sidebar opens to a tab's content script to follow its terms (PageTerms messages). */
export const PAGE_TERMS_PORT = 'termlens-page-terms';

export interface ReplyMap {
  'get-page-matcher': PageMatcher<LayoutMessage>;
  'get-entry': EntryPayload | null;
  'open-entry': boolean;
  'reader-data-changed': boolean;
  'page-terms': PageTerms;
  'reveal-term': boolean;
}

/** The end of an exhaustive `switch` over a message's type: a type not handled above fails to compile. */
export function unhandled(message: never): never {
  throw new Error(`TermLens: unhandled message ${JSON.stringify(message)}`);
}

const ID = /^[a-z0-9-]{1,80}$/;

export function parseRequest(message: unknown): Request | undefined {
  if (typeof message !== 'object' || message === null) return undefined;
  const m = message as Record<string, unknown>;
  switch (m.type) {
    case 'get-page-matcher':
      return { type: 'get-page-matcher' };
    case 'get-entry':
    case 'open-entry':
      return typeof m.id === 'string' && ID.test(m.id) ? { type: m.type, id: m.id } : undefined;
    case 'reader-data-changed':
      return { type: 'reader-data-changed' };
    default:
      return undefined;
  }
}

export function parseTabRequest(message: unknown): TabRequest | undefined {
  if (typeof message !== 'object' || message === null) return undefined;
  const m = message as Record<string, unknown>;
  switch (m.type) {
    case 'page-terms':
      return { type: 'page-terms' };
    case 'reveal-term':
      return typeof m.id === 'string' && ID.test(m.id) ? { type: 'reveal-term', id: m.id } : undefined;
    default:
      return undefined;
  }
}

/** A PageTerms from whatever a tab answered (a content script of another version, or nothing). */
export function parsePageTerms(reply: unknown): PageTerms | undefined {
  if (typeof reply !== 'object' || reply === null) return undefined;
  const r = reply as Record<string, unknown>;
  if (typeof r.active !== 'boolean' || !Array.isArray(r.counts)) return undefined;
  const counts = r.counts.filter(
    (c): c is [string, number] => Array.isArray(c) && typeof c[0] === 'string' && ID.test(c[0]) && Number.isInteger(c[1]) && (c[1] as number) > 0,
  );
  return { site: typeof r.site === 'string' ? r.site : null, active: r.active, counts };
}
