/**
 * How the reader's statuses mark a page: ignored terms never; known ones like any other term unless
 * the reader opted into marking them lightly or not at all. Both opt-ins show a page which terms
 * the reader knows (they change what the page's highlight registry holds), so neither is the default.
 */
import type { TermStatuses } from './messages';

export interface StatusMarks {
  /** Ids not marked. */
  hidden: string[];
  /** Ids marked lightly. */
  light: string[];
  /** Equal for equal marks: what decides whether a page is walked afresh. */
  key: string;
}

export interface KnownMarking {
  /** Known terms are not marked at all. */
  hideKnown: boolean;
  /** Known terms are marked more lightly (where they are marked). */
  lightKnown: boolean;
}

export function marksOf(statuses: TermStatuses, { hideKnown, lightKnown }: KnownMarking): StatusMarks {
  const hidden = hideKnown ? [...statuses.ignored, ...statuses.known] : statuses.ignored;
  const light = !hideKnown && lightKnown ? statuses.known : [];
  return { hidden, light, key: `${hidden.join(',')}|${light.join(',')}` };
}
