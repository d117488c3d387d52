/**
 * The terms a page is matched against: the reader's own terms first, then the bundled glossary
 * without whatever the reader hid. A bundled form the reader also saved as an own term's form is
 * dropped from the bundled term (the own term ranks above and takes it); a bundled term left with
 * no form, or one the reader marked ignored, is not matched at all.
 */
import type { OwnTerm } from '../db/types';
import { MAX_TERM_CHARS, OWN_FORMS_MAX } from '../limits';
import type { MatchableTerm } from './entries';
import { TERM_ID } from './term-ids';

/** Latin letters in capitals make a form case-sensitive (MoE, VAST); lower-case ones match any case. */
const HAS_CAPITAL = /[A-Z]/;

/**
 * Whether the page matcher can take an own term: one record damaged on its way in (an old backup,
 * a bug) is left out rather than failing the build of every page's matcher.
 */
export function isMatchableOwnTerm(term: OwnTerm): boolean {
  return (
    TERM_ID.test(term.id) &&
    Array.isArray(term.forms) &&
    term.forms.length <= OWN_FORMS_MAX &&
    term.forms.every((form) => typeof form === 'string' && form !== '' && [...form].length <= MAX_TERM_CHARS)
  );
}

export function termsWithOwn(bundled: readonly MatchableTerm[], own: readonly OwnTerm[], hiddenIds: ReadonlySet<string>): MatchableTerm[] {
  const terms: MatchableTerm[] = [];
  const ownForms = new Set<string>();
  for (const term of own) {
    if (hiddenIds.has(term.id) || !isMatchableOwnTerm(term) || term.forms.length === 0) continue;
    terms.push({ id: term.id, forms: term.forms, caseSensitive: HAS_CAPITAL.test(term.term), exclude: [] });
    for (const form of term.forms) ownForms.add(form);
  }
  for (const term of bundled) {
    if (hiddenIds.has(term.id)) continue;
    const forms = ownForms.size === 0 ? term.forms : term.forms.filter((f) => !ownForms.has(f));
    if (forms.length > 0) terms.push(forms === term.forms ? term : { ...term, forms });
  }
  return terms;
}
