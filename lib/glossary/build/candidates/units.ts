/**
 * Article text cut into the units new terms are made of: one Han character, or one Latin token
 * (letters and digits with inner `-`, `+`, `.`: 5G-A, GPT-4.1, L3). Runs end at anything else
 * (punctuation, line breaks, a space beside a Han character); a single space between two Latin
 * tokens stays inside a run, so Claude Code is two units of one run.
 */

export interface Unit {
  start: number;
  end: number;
  /** `han`: one character; `latin`: a token with a letter; `number`: digits only (2024, 800). */
  kind: 'han' | 'latin' | 'number';
}

const HAN = /\p{Script=Han}/u;
const TOKEN = /[A-Za-z0-9]+(?:[-+.][A-Za-z0-9]+)*\+?/y;

/** Every run of adjacent units in `text`, in order. */
export function runsOf(text: string): Unit[][] {
  const runs: Unit[][] = [];
  let run: Unit[] = [];
  const close = () => {
    if (run.length > 0) runs.push(run);
    run = [];
  };
  for (let i = 0; i < text.length; ) {
    const ch = text[i]!;
    if (HAN.test(ch)) {
      run.push({ start: i, end: i + 1, kind: 'han' });
      i++;
      continue;
    }
    TOKEN.lastIndex = i;
    const token = TOKEN.exec(text);
    if (token) {
      const end = i + token[0].length;
      run.push({ start: i, end, kind: /[A-Za-z]/.test(token[0]) ? 'latin' : 'number' });
      i = end;
      continue;
    }
    // One space between two Latin tokens joins them (Claude Code); any other character ends the run.
    const last = run[run.length - 1];
    if (ch === ' ' && last?.kind === 'latin' && /[A-Za-z]/.test(text[i + 1] ?? '')) {
      i++;
      continue;
    }
    close();
    i++;
  }
  close();
  return runs;
}
