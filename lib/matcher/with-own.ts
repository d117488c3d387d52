/**
 * The match table a page gets: the reader's own terms first, then the bundled glossary without
 * whatever the reader hid. A bundled form the reader also saved as an own term's form is dropped
 * from the bundled term (the own term ranks above and takes it); a bundled term left with no form,
 * or one the reader marked ignored, is not matched at all.
 */
import type { OwnTerm } from '../db/types';
import type { MatchTable } from '../messages';

/** Latin letters in capitals make a form case-sensitive (MoE, VAST); lower-case ones match any case. */
const HAS_CAPITAL = /[A-Z]/;

export function matchTableWithOwn(bundled: MatchTable, own: readonly OwnTerm[], hiddenIds: ReadonlySet<string>): MatchTable {
  const table: MatchTable = { ids: [], forms: [], caseSensitive: [], exclude: [] };
  const ownForms = new Set<string>();
  for (const term of own) {
    if (hiddenIds.has(term.id) || term.forms.length === 0) continue;
    table.ids.push(term.id);
    table.forms.push(term.forms);
    table.caseSensitive.push(HAS_CAPITAL.test(term.term));
    table.exclude.push([]);
    for (const form of term.forms) ownForms.add(form);
  }
  bundled.ids.forEach((id, i) => {
    if (hiddenIds.has(id)) return;
    const forms = ownForms.size === 0 ? bundled.forms[i]! : bundled.forms[i]!.filter((f) => !ownForms.has(f));
    if (forms.length === 0) return;
    table.ids.push(id);
    table.forms.push(forms);
    table.caseSensitive.push(bundled.caseSensitive[i]!);
    table.exclude.push(bundled.exclude[i]!);
  });
  return table;
}
