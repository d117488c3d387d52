/**
 * The one message protocol between content scripts / pages and the background. Every message is
 * checked where it arrives (`parseRequest`); nothing a page could forge is trusted.
 */
import type { EntryPayload } from './glossary/payloads';
import { parseLayout, type LayoutMessage, type MatcherLayout } from './matcher/layout';
import { parseTermIds, type TermIds } from './matcher/term-ids';
import type { DictMatch } from './dict/dictionary';
import { parseAddDraft, type AddDraft } from './add-draft';
import { CARD_HEADING_MAX_CHARS, DICT_LOOKUP_MAX_CHARS, MAX_NOTE_CHARS } from './limits';
import { TERM_ID } from './matcher/term-ids';
import type { UpdateStatus } from './packs/update-controller';
import { PACK_SOURCE_URL_MAX_CHARS } from './packs/source-url';
import { isTermStatus, type TermStatus } from './term-status';

/** What a content script needs to mark a page: the term ids, and the matcher the background compiled. */
export interface PageMatcher {
  ids: TermIds;
  layout: MatcherLayout;
}

/** A PageMatcher as a message carries it: the ids joined in one string (term-ids.ts), the layout packed. */
export interface PageMatcherMessage {
  ids: string;
  layout: LayoutMessage;
}

/** A PageMatcher from a reply, checked through (its layout indexes arrays in the scan), or undefined. */
export function parsePageMatcher(value: unknown): PageMatcher | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Record<keyof PageMatcherMessage, unknown>;
  const ids = parseTermIds(v.ids);
  const layout = ids && parseLayout(v.layout, ids.count);
  return ids && layout ? { ids, layout } : undefined;
}

/** Content scripts and extension pages → background. */
export type Request =
  | { type: 'get-page-matcher' }
  | { type: 'get-entry'; id: string }
  // `form`: the spelling the card was opened on (its entry shows that form's reading).
  | { type: 'open-entry'; id: string; form?: string }
  | DictionaryRequest
  // An extension page changed the reader's own data (lib/db): the background rebuilds the matcher.
  | { type: 'reader-data-changed' }
  // The side panel takes what the background keeps for it as it opens (lib/browser/hand-over.ts).
  | { type: 'take-hand-over'; kind: HandOverKind; seq?: number }
  | ReaderRequest
  | PacksRequest;

/**
 * Glossary packs (docs/packs.md), from the options page only (the background checks the sender):
 * "Check now", and a subscription added (its host permission already granted) or removed.
 */
export type PacksRequest = { type: 'check-packs' } | { type: 'add-pack-source' | 'remove-pack-source'; url: string };

/** The updater's status after the request, or why it was refused. */
export type PacksReply = { status: UpdateStatus } | { error: string };

/** An entry a card asked the side panel to show, with the spelling met on the page. */
export interface EntryRequest {
  id: string;
  form?: string;
}

/** A term id and, if well formed, a form as long as a card heading at most; else undefined. */
export function parseEntryRequest(value: unknown): EntryRequest | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { id, form } = value as Record<string, unknown>;
  if (typeof id !== 'string' || !TERM_ID.test(id)) return undefined;
  const goodForm = typeof form === 'string' && form.length > 0 && form.length <= CARD_HEADING_MAX_CHARS && !/[\p{Cc}\p{Cf}]/u.test(form);
  return goodForm ? { id, form } : { id };
}

/** What the background hands to the side panel: an entry to show, a term to add. */
export type HandOverKind = 'entry' | 'add-term';
export const HAND_OVER_KINDS: readonly HandOverKind[] = ['entry', 'add-term'];

/**
 * The reader's statuses and notes, kept in the database the background owns (a content script
 * cannot open it): the card and the side panel change them through these, the background being the
 * one writer of statuses, and every frame reads the known and ignored terms from it.
 */
export type ReaderRequest =
  | { type: 'get-term-statuses' }
  | { type: 'set-term-status'; id: string; status: TermStatus }
  | { type: 'set-term-note'; id: string; text: string }
  // "Add to my glossary" from a card: the side panel's form opens with this term and where it was met.
  | { type: 'open-add-term'; draft: AddDraft };

/** The terms every frame marks differently: ignored ones not at all, known ones lightly (or not, by setting). */
export interface TermStatuses {
  known: string[];
  ignored: string[];
}

/** Extension pages (popup, sidebar) → the content script of a tab's top frame. */
export type TabRequest =
  | { type: 'page-terms' }
  | { type: 'reveal-term'; id: string }
  // Background → the frame a selection is in: the selected term and where it is (title, address, sentence).
  // `focusedFrame`: asked of every frame (the keyboard command), only the frame holding the focus answers.
  | { type: 'capture-selection'; focusedFrame?: true }
  | DictionaryTabRequest;

// --- CC-CEDICT dictionary lookups ---------------------------------------------------------------

/** The dictionary words that start `text` (at most DICT_LOOKUP_MAX_CHARS characters). */
export type DictionaryRequest = { type: 'lookup-word'; text: string };
/** Background → the frame a context-menu lookup was asked in: look up its selection. */
export type DictionaryTabRequest = { type: 'lookup-selection' };

export interface DictionaryReply {
  entries: DictMatch[];
}

/** A lookup request, or undefined: the text must be a non-empty string of at most DICT_LOOKUP_MAX_CHARS. */
export function parseDictionaryRequest(m: Record<string, unknown>): DictionaryRequest | undefined {
  return typeof m.text === 'string' && m.text.length > 0 && m.text.length <= DICT_LOOKUP_MAX_CHARS ? { type: 'lookup-word', text: m.text } : undefined;
}

/** The entries of a lookup reply, or none for anything else (a background of another version). */
export function parseDictionaryReply(reply: unknown): DictMatch[] {
  const entries = (reply as DictionaryReply | null)?.entries;
  if (!Array.isArray(entries)) return [];
  return entries.filter(
    (e): e is DictMatch =>
      typeof e === 'object' && e !== null && [e.word, e.simplified, e.traditional, e.pinyin].every((f) => typeof f === 'string') &&
      Array.isArray(e.senses) && e.senses.every((s: unknown) => typeof s === 'string'),
  );
}

// ------------------------------------------------------------------------------------------------

/** What a page holds: its site, whether TermLens is on there, and each term's count. */
export interface PageTerms {
  site: string | null;
  active: boolean;
  counts: [id: string, count: number][];
}

/** The port the sidebar opens to a tab's content script to follow its terms (PageTerms messages). */
export const PAGE_TERMS_PORT = 'termlens-page-terms';

export interface ReplyMap {
  'get-page-matcher': PageMatcherMessage;
  'get-entry': EntryPayload | null;
  'open-entry': boolean;
  'reader-data-changed': boolean;
  /** An entry id, or an add-form request, with the hand-over's number; undefined when nothing fresh is waiting. */
  'take-hand-over': { seq: number; value: EntryRequest | { draft: AddDraft | null } } | undefined;
  'page-terms': PageTerms;
  'reveal-term': boolean;
  'lookup-word': DictionaryReply;
  'lookup-selection': boolean;
  'get-term-statuses': TermStatuses;
  'set-term-status': boolean;
  'set-term-note': boolean;
  'open-add-term': boolean;
  'capture-selection': AddDraft | null;
  'check-packs': PacksReply;
  'add-pack-source': PacksReply;
  'remove-pack-source': PacksReply;
}

/** The statuses a reply holds (a background of another version may send anything): valid ids only. */
export function parseTermStatuses(reply: unknown): TermStatuses {
  const r = (typeof reply === 'object' && reply !== null ? reply : {}) as Record<string, unknown>;
  const ids = (v: unknown) => (Array.isArray(v) ? v.filter((id): id is string => typeof id === 'string' && TERM_ID.test(id)) : []);
  return { known: ids(r.known), ignored: ids(r.ignored) };
}

/** The end of an exhaustive `switch` over a message's type: a type not handled above fails to compile. */
export function unhandled(message: never): never {
  throw new Error(`TermLens: unhandled message ${JSON.stringify(message)}`);
}

export function parseRequest(message: unknown): Request | undefined {
  if (typeof message !== 'object' || message === null) return undefined;
  const m = message as Record<string, unknown>;
  switch (m.type) {
    case 'get-page-matcher':
      return { type: 'get-page-matcher' };
    case 'get-entry':
      return typeof m.id === 'string' && TERM_ID.test(m.id) ? { type: m.type, id: m.id } : undefined;
    case 'open-entry': {
      const entry = parseEntryRequest(m);
      return entry && { type: 'open-entry', ...entry };
    }
    case 'lookup-word':
      return parseDictionaryRequest(m);
    case 'reader-data-changed':
      return { type: 'reader-data-changed' };
    case 'take-hand-over':
      if (!HAND_OVER_KINDS.includes(m.kind as HandOverKind)) return undefined;
      if (m.seq === undefined) return { type: 'take-hand-over', kind: m.kind as HandOverKind };
      return Number.isSafeInteger(m.seq) && (m.seq as number) > 0 ? { type: 'take-hand-over', kind: m.kind as HandOverKind, seq: m.seq as number } : undefined;
    case 'get-term-statuses':
      return { type: 'get-term-statuses' };
    case 'set-term-status':
      return typeof m.id === 'string' && TERM_ID.test(m.id) && isTermStatus(m.status) ? { type: 'set-term-status', id: m.id, status: m.status } : undefined;
    case 'set-term-note':
      return typeof m.id === 'string' && TERM_ID.test(m.id) && typeof m.text === 'string' && m.text.length <= MAX_NOTE_CHARS
        ? { type: 'set-term-note', id: m.id, text: m.text }
        : undefined;
    case 'check-packs':
      return { type: 'check-packs' };
    case 'add-pack-source':
    case 'remove-pack-source':
      // The address itself is checked where it is used (lib/packs/source-url.ts).
      return typeof m.url === 'string' && m.url.length <= PACK_SOURCE_URL_MAX_CHARS ? { type: m.type, url: m.url } : undefined;
    case 'open-add-term': {
      const draft = parseAddDraft(m.draft);
      return draft ? { type: 'open-add-term', draft } : undefined;
    }
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
      return typeof m.id === 'string' && TERM_ID.test(m.id) ? { type: 'reveal-term', id: m.id } : undefined;
    case 'lookup-selection':
      return { type: 'lookup-selection' };
    case 'capture-selection':
      return m.focusedFrame === true ? { type: 'capture-selection', focusedFrame: true } : { type: 'capture-selection' };
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
    (c): c is [string, number] => Array.isArray(c) && typeof c[0] === 'string' && TERM_ID.test(c[0]) && Number.isInteger(c[1]) && (c[1] as number) > 0,
  );
  return { site: typeof r.site === 'string' ? r.site : null, active: r.active, counts };
}
