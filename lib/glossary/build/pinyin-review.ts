/**
 * Pinyin review for the glossary build. The build reads forms with pinyin-pro (pinyin.ts); each
 * reading is checked against a second, independent dictionary — @napi-rs/pinyin's phrase readings
 * (the pinyin-data / phrase-pinyin-data dictionaries) — and a polyphonic character that no
 * dictionary word around it settles (相 in 通义万相) needs a person's reading too. Those forms must
 * have a reviewed reading in data/terms.yaml (`readings:`); until then the build fails.
 */
import { pinyin as referencePinyin } from '@napi-rs/pinyin';
import { tonedPinyin } from '../pinyin';

const HAN_RUN = /\p{Script=Han}+/gu;
const WITH_TONE = 1;

export interface ReadingCheck {
  /** The reading to publish. */
  reading: string;
  /** Why the form needs a reviewed reading, when it has none; why the reviewed one is refused. */
  problem?: string;
}

/** Every reading each character can have (for checking reviewed readings and finding polyphones). */
function readingsOf(char: string): string[] {
  const all = referencePinyin(char, { style: WITH_TONE, heteronym: true }) as string[][];
  return all[0] ?? [];
}

/** The Han syllables of a spaced reading: its words minus the form's Latin runs (天工SkyMusic). */
function hanSyllables(reading: string, text: string): string[] {
  const latin = new Set(text.replace(HAN_RUN, ' ').split(/\s+/).filter(Boolean));
  return reading.split(' ').filter((s) => s && !latin.has(s));
}

/**
 * `settled(run, i)`: whether a dictionary word of two or more characters inside `run` covers
 * position i (the segmenter's dictionary, injected by the build).
 */
export type SettledBy = (run: string, index: number) => boolean;

/** A SettledBy over a dictionary's words. */
export function settledByWords(words: ReadonlyMap<string, number>): SettledBy {
  return (run, index) => {
    for (let length = 2; length <= 4; length++) {
      for (let start = Math.max(0, index - length + 1); start <= index && start + length <= run.length; start++) {
        if (words.has(run.slice(start, start + length))) return true;
      }
    }
    return false;
  };
}

export function checkReading(text: string, reviewed: string | undefined, settled: SettledBy): ReadingCheck {
  const primary = tonedPinyin(text);
  const runs = text.match(HAN_RUN) ?? [];
  const chars = runs.join('');
  if (reviewed !== undefined) {
    const syllables = hanSyllables(reviewed, text);
    if (syllables.length !== chars.length) {
      return { reading: reviewed, problem: `reviewed reading "${reviewed}" has ${syllables.length} syllables for ${chars.length} characters` };
    }
    const bad = [...chars].findIndex((c, i) => !readingsOf(c).includes(syllables[i]!));
    if (bad >= 0) return { reading: reviewed, problem: `reviewed reading "${syllables[bad]}" is not a reading of ${chars[bad]}` };
    return { reading: reviewed };
  }
  const ours = hanSyllables(primary, text);
  const theirs = runs.flatMap((run) => (referencePinyin(run, { style: WITH_TONE, segment: true }) as string[]));
  const reasons: string[] = [];
  let offset = 0;
  for (const run of runs) {
    for (let i = 0; i < run.length; i++) {
      const at = offset + i;
      if (ours[at] !== theirs[at]) reasons.push(`${run[i]}: ${ours[at]} or ${theirs[at]}`);
      else if (readingsOf(run[i]!).length > 1 && !settled(run, i)) reasons.push(`${run[i]}: ${ours[at]}, by the character alone`);
    }
    offset += run.length;
  }
  return reasons.length === 0 ? { reading: primary } : { reading: primary, problem: `reading "${primary}" needs review (${reasons.join('; ')})` };
}
