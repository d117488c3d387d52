/**
 * CC-CEDICT writes measure words in its own notation ("CL:家[jiā],個|个[gè]": Traditional|Simplified,
 * then the reading). A reader sees them written out: "measure words: 家 jiā, 个 gè" (or 個 for a
 * Traditional reader). Any other sense is shown as it is.
 */
const MEASURE_WORDS = /^CL:(.+)$/;
const ONE = /^([^[\]|]+)(?:\|([^[\]]+))?\[([^\]]+)\]$/;

export function readableSense(sense: string, traditional: boolean, label: (count: number) => string): string {
  const m = MEASURE_WORDS.exec(sense);
  if (!m) return sense;
  const words = m[1]!.split(',').map((part) => {
    const w = ONE.exec(part.trim());
    if (!w) return undefined;
    const [, first, simplified, reading] = w;
    const written = simplified && !traditional ? simplified : first!;
    return `${written} ${reading}`;
  });
  if (words.some((w) => w === undefined)) return sense;
  return `${label(words.length)} ${words.join(', ')}`;
}
