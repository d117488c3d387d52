/** The evaluation as text: headline figures, a table per form, then every error. */
import { falseMarksPer10k, precisionOf, recallOf, type Counts, type Score } from './score';

const percent = (x: number) => `${(x * 100).toFixed(1)}%`;
const ratio = (c: Counts, of: 'precision' | 'recall') =>
  of === 'precision' ? `${percent(precisionOf(c))} (${c.right}/${c.right + c.falseMarks})` : `${percent(recallOf(c))} (${c.right}/${c.right + c.missed})`;

export function reportOf(score: Score, title: string): string {
  const lines: string[] = [];
  const all: Counts = {
    right: score.tech.right + score.nonTech.right,
    falseMarks: score.tech.falseMarks + score.nonTech.falseMarks,
    missed: score.tech.missed + score.nonTech.missed,
  };
  lines.push(`${title}: ${score.items} pages (${score.techItems} tech, ${score.items - score.techItems} everyday), ` +
    `${score.techChars} + ${score.nonTechChars} characters`);
  lines.push(`  precision on everyday text   ${ratio(score.nonTech, 'precision')}`);
  lines.push(`  recall on tech text          ${ratio(score.tech, 'recall')}`);
  lines.push(`  false marks per 10,000 characters of everyday text   ${falseMarksPer10k(score).toFixed(2)} (${score.nonTech.falseMarks} in ${score.nonTechChars})`);
  lines.push(`  precision on tech text       ${ratio(score.tech, 'precision')}`);
  lines.push(`  recall on everyday text      ${ratio(score.nonTech, 'recall')}`);
  lines.push(`  overall                      precision ${ratio(all, 'precision')}, recall ${ratio(all, 'recall')}`);
  lines.push(`  labelled everyday uses (traps) marked   ${score.trapsMarked} of ${score.traps}`);
  if (score.awaitingTerms > 0) lines.push(`  labels awaiting a glossary term (not scored)   ${score.awaitingTerms}`);
  lines.push('');
  lines.push('  form              precision          recall             traps marked');
  for (const f of score.forms) {
    const cell = (s: string) => s.padEnd(19);
    const name = f.form + ' '.repeat(Math.max(1, 18 - visualWidth(f.form)));
    const p = f.right + f.falseMarks === 0 ? '-' : ratio(f, 'precision');
    const r = f.right + f.missed === 0 ? '-' : ratio(f, 'recall');
    lines.push(`  ${name}${cell(p)}${cell(r)}${f.traps === 0 ? '-' : `${f.trapsMarked}/${f.traps}`}`);
  }
  lines.push('');
  lines.push(`  errors (${score.errors.length})`);
  for (const e of score.errors) lines.push(`  ${e.id.padEnd(22)} ${e.kind.padEnd(18)} ${e.form} → ${e.term}  ${e.context}`);
  return lines.join('\n');
}

/** Han characters take two columns in a terminal. */
function visualWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uff60]/.test(ch) ? 2 : 1;
  return w;
}
