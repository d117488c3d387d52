/**
 * Reviewed pinyin: the `readings:` list of data/terms.yaml (Simplified form → toned pinyin) and the
 * check that every Han form's reading is either confirmed by two dictionaries or reviewed there.
 */
import { checkReading, type SettledBy } from './pinyin-review';
import { hasHan } from '../pinyin';
import { simplifiedKey } from './script-variants';

type Rec = Record<string, unknown>;

export function readReadings(doc: unknown, problems: string[]): Map<string, string> {
  const out = new Map<string, string>();
  const raw = typeof doc === 'object' && doc !== null ? (doc as Rec).readings : undefined;
  if (raw === undefined || raw === null) return out;
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    problems.push('terms file: "readings" must map forms to toned pinyin');
    return out;
  }
  for (const [form, reading] of Object.entries(raw as Rec)) {
    if (typeof reading !== 'string' || reading.trim() === '') problems.push(`readings: "${form}" must be toned pinyin`);
    else out.set(form, reading.trim().replace(/\s+/g, ' '));
  }
  return out;
}

export interface ReadingInputs {
  id: string;
  term: string;
  /** The term's own `pinyin:` override, a reviewed reading of its canonical form. */
  pinyin?: string;
  forms: readonly string[];
}

/**
 * The canonical reading and the other forms' readings; every problem names the term and the form.
 * `used` collects the reviewed readings consulted, so that stale ones can be reported.
 */
export function reviewedReadings(
  t: ReadingInputs,
  readings: ReadonlyMap<string, string>,
  settled: SettledBy | undefined,
  problems: string[],
  used: Set<string>,
): { pinyin: string; formPinyin: Record<string, string> } {
  const seen = new Map<string, string>();
  const readingOf = (form: string, override?: string) => {
    const key = simplifiedKey(form);
    const known = seen.get(key);
    if (known !== undefined && override === undefined) return known;
    const reviewed = override ?? readings.get(key);
    if (readings.has(key)) used.add(key);
    const check = checkReading(key, reviewed, settled ?? (() => true));
    // Without a dictionary (tests' tiny inputs) only reviewed readings are checked.
    if (check.problem && (settled || reviewed !== undefined)) problems.push(`term "${t.id}" form "${key}": ${check.problem}`);
    seen.set(key, check.reading);
    return check.reading;
  };
  const pinyin = hasHan(t.term) ? readingOf(t.term, t.pinyin) : '';
  const formPinyin: Record<string, string> = {};
  for (const form of t.forms) {
    if (!hasHan(form) || form === t.term) continue;
    const reading = readingOf(form);
    if (reading !== pinyin) formPinyin[form] = reading;
  }
  return { pinyin, formPinyin };
}

export function staleReadings(readings: ReadonlyMap<string, string>, used: ReadonlySet<string>, problems: string[]): void {
  for (const form of readings.keys()) {
    if (!used.has(form)) problems.push(`readings: "${form}" is not a form of any term (remove it)`);
  }
}
