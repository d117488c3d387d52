/** Matcher entries from the match table the background sends: every form of every term. */
import type { MatchTable } from '../messages';
import type { MatcherEntry } from './compile';

export function entriesOfTable(table: MatchTable): MatcherEntry[] {
  return table.forms.flatMap((forms, termIndex) =>
    forms.map((form) => ({
      form,
      termIndex,
      caseSensitive: table.caseSensitive[termIndex] !== false,
      exclude: table.exclude[termIndex],
      keep: table.keep?.[termIndex],
      sense: table.sense?.[termIndex] === true,
      digitsMayTouch: table.digitsMayTouch?.[termIndex] === true,
    })),
  );
}
