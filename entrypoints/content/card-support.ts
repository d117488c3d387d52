/** What the hover card reads from the page and the browser: the term's own text, the theme behind it, a voice. */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Hit } from '../../lib/dom/annotator';
import { backgroundBehind, themeOf, type Theme } from '../../lib/dom/page-theme';
import type { GlossaryTerm } from '../../lib/glossary/types';
import { CARD_HEADING_MAX_CHARS } from '../../lib/limits';
import { chooseVoice } from '../../lib/voice';
import type { CardActions } from '../../components/HoverCard';
import { guarded } from './card-placement';

/**
 * The term as the walk read it: the run's own text nodes over [start, end), never Range.toString()
 * (which would add text the walk skips: hidden spans, <script>, <rp>). Where that is not one of the
 * term's forms (the page changed the text since), the canonical form; capped either way.
 */
export function headingOf(hit: Hit, term: Pick<GlossaryTerm, 'term' | 'forms'>): string {
  let text = '';
  const { nodes, starts } = hit.run;
  for (let i = 0; i < nodes.length; i++) {
    const from = starts[i]!;
    const to = from + nodes[i]!.data.length;
    if (to <= hit.start || from >= hit.end) continue;
    text += nodes[i]!.data.slice(Math.max(0, hit.start - from), Math.min(to, hit.end) - from);
  }
  const folded = text.toLowerCase();
  const known = term.forms.some((f) => f.toLowerCase() === folded);
  return (known ? text : term.term).slice(0, CARD_HEADING_MAX_CHARS);
}

/** The page's theme behind a node: computed backgrounds from its element outwards (through shadow hosts). */
export function themeBehind(node: Node): Theme {
  const layers: string[] = [];
  let el: Element | null = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  for (let depth = 0; el && depth < 64; depth++) {
    const bg = getComputedStyle(el).backgroundColor;
    layers.push(bg);
    if (/^rgb\(/.test(bg)) break; // opaque: nothing beneath shows
    el = el.parentElement ?? ((el.getRootNode() as ShadowRoot).host as Element | undefined) ?? null;
  }
  const scheme = getComputedStyle(document.documentElement).colorScheme;
  const canvasIsDark = /\bdark\b/.test(scheme) && matchMedia('(prefers-color-scheme: dark)').matches;
  return themeOf(backgroundBehind(layers), canvasIsDark);
}

/** "Pronounce", where the browser has a Mandarin voice; undefined (no button) where it has none. */
export function pronounceAction(text: string, traditional: boolean): CardActions['pronounce'] {
  if (typeof speechSynthesis === 'undefined') return undefined;
  const choice = chooseVoice(speechSynthesis.getVoices(), traditional ? 'traditional' : 'simplified');
  if (!choice) return undefined;
  return {
    network: choice.network,
    speak() {
      speechSynthesis.cancel();
      const utterance = new SpeechSynthesisUtterance(text);
      utterance.voice = choice.voice;
      utterance.lang = choice.voice.lang;
      speechSynthesis.speak(utterance);
    },
  };
}

/**
 * Calls `changed` when the browser's voice list changes. A new document's list fills after the page
 * loads (Firefox ESR 153 answers [] to its first getVoices(); Chromium loads voices when first asked),
 * so a card shown before then gains its Pronounce button when the voices come. Set up with the
 * first card, not on every page; `changed` only sees trusted events (a page can dispatch its own).
 */
export function watchVoices(ctx: ContentScriptContext, changed: () => void): void {
  if (typeof speechSynthesis === 'undefined') return;
  const listener = guarded(() => changed());
  speechSynthesis.addEventListener('voiceschanged', listener);
  ctx.onInvalidated(() => speechSynthesis.removeEventListener('voiceschanged', listener));
  speechSynthesis.getVoices();
}

export async function copyToClipboard(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
