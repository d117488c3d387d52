/**
 * What a glossary card shows, from the background's entry reply and the match it was opened on:
 * the entry, the spelling met, the reader's status, the card's write token, and why an everyday
 * word was read as this term.
 */
import type { CardEntry } from '../../components/card-entry';
import type { Hit } from '../../lib/dom/annotator';
import { runTextBetween } from '../../lib/dom/text-runs';
import { formOf } from '../../lib/glossary/lookup';
import type { EntryPayload } from '../../lib/glossary/payloads';
import { SENSE_TEXT_AROUND_CHARS } from '../../lib/limits';
import type { Matcher } from '../../lib/matcher/matcher';
import type { SenseReason } from '../../lib/matcher/sense-evidence';
import type { Shown } from './card-view';
import { headingOf, themeBehind } from './card-support';

/** The entry reply, with the token the background signs for this card's writes (card-tokens.ts). */
export type CardPayload = EntryPayload & { cardToken?: unknown };

/** Why the matcher read an everyday word at `hit` as its term, asked over the text around it (a run kept for pointing need not keep its joined text). */
function senseReasonOf(matcher: Pick<Matcher, 'explain'>, hit: Hit): SenseReason | undefined {
  const around = runTextBetween(hit.run, hit.start - SENSE_TEXT_AROUND_CHARS, hit.end + SENSE_TEXT_AROUND_CHARS);
  return matcher.explain(around.text, hit.start - around.offset, hit.end - around.offset, hit.termIndex);
}

export function shownOf(
  payload: CardPayload,
  at: { hit: Hit | undefined; anchor: Range; takeFocus: boolean; seenAs?: string },
  matcher: Pick<Matcher, 'explain'> | undefined,
): Shown {
  const { hit, anchor } = at;
  const entry: CardEntry = { term: payload.term, category: payload.categories[0], sources: payload.sources, related: payload.related, note: payload.note };
  return {
    entry,
    heading: hit ? headingOf(hit, payload.term) : (formOf(payload.term, at.seenAs) ?? payload.term.term),
    anchor,
    theme: themeBehind(anchor.startContainer),
    takeFocus: at.takeFocus,
    status: payload.status ?? 'new',
    ...(typeof payload.cardToken === 'string' ? { token: payload.cardToken } : {}),
    ...(hit && matcher ? { senseReason: senseReasonOf(matcher, hit) } : {}),
  };
}
