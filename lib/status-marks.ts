/** How the reader's statuses mark a page: ignored terms never; known ones lightly, or not at all by setting. */
import type { TermStatuses } from './messages';

export interface StatusMarks {
  /** Ids not marked. */
  hidden: string[];
  /** Ids marked lightly. */
  light: string[];
  /** Equal for equal marks: what decides whether a page is walked afresh. */
  key: string;
}

export function marksOf(statuses: TermStatuses, hideKnown: boolean): StatusMarks {
  const hidden = hideKnown ? [...statuses.ignored, ...statuses.known] : statuses.ignored;
  const light = hideKnown ? [] : statuses.known;
  return { hidden, light, key: `${hidden.join(',')}|${light.join(',')}` };
}
