/**
 * Which speech voice reads a term aloud: Mandarin in the script of the form shown (zh-TW voices for
 * Traditional, zh-CN for Simplified), a voice on this device before a network one (a network voice
 * sends the term to a speech service).
 */

export interface VoiceLike {
  lang: string;
  localService: boolean;
  name: string;
}

export type VoiceChoice<V> = { voice: V; network: boolean } | undefined;

const MAINLAND = /^(zh|cmn)([-_](cn|hans|sg)([-_].*)?)?$/i;
const TAIWAN = /^(zh|cmn)[-_](tw|hant)([-_].*)?$/i;

/** The best voice for `script`, or undefined where no Mandarin voice exists (Cantonese zh-HK is not one). */
export function chooseVoice<V extends VoiceLike>(voices: readonly V[], script: 'simplified' | 'traditional'): VoiceChoice<V> {
  const wanted = script === 'traditional' ? TAIWAN : MAINLAND;
  const other = script === 'traditional' ? MAINLAND : TAIWAN;
  const rank = (v: V) => (wanted.test(v.lang) ? 0 : other.test(v.lang) ? 2 : 9) + (v.localService ? 0 : 1);
  let best: V | undefined;
  for (const v of voices) if (rank(v) < 9 && (!best || rank(v) < rank(best))) best = v;
  return best ? { voice: best, network: !best.localService } : undefined;
}
