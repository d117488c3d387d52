/** The settings' old "Don't mark this term" list, read as that version did: valid, distinct ids, bounded. */
import { MAX_UNMARKED_TERMS } from '../limits';
import { TERM_ID } from '../matcher/term-ids';


export function legacyUnmarkedTerms(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return [...new Set(value.slice(0, MAX_UNMARKED_TERMS).filter((id): id is string => typeof id === 'string' && TERM_ID.test(id)))];
}
