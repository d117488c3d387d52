/**
 * Bytes of a local file to text, the way a browser would: a byte-order mark first, then an HTML
 * file's own `<meta charset>`, then UTF-8 if the bytes are valid UTF-8; only after that a guess
 * (chardet's candidates, then GB18030 and Big5, the two encodings older Chinese files use), which
 * the reader is told about.
 */
import { analyse } from 'chardet';
import { READER_DECODE_SLICE_BYTES, READER_ENCODING_SAMPLE_BYTES } from '../limits';

export interface Decoded {
  text: string;
  /** The encoding used, as TextDecoder names it (`utf-8`, `gbk`, `gb18030`, `big5`…). */
  encoding: string;
  /** No byte-order mark, declaration or valid UTF-8 said so: the encoding is a guess. */
  guessed: boolean;
}

/** The HTML spec's prescan looks this far for a `<meta charset>`. */
const META_PRESCAN_BYTES = 1024;

/** Tried in this order after chardet's own Chinese candidates and before its others. */
const FALLBACK_CHAIN = ['gb18030', 'big5'];

/**
 * Chinese files come first among equals: GBK bytes read as EUC-JP or Shift_JIS are also all Han
 * characters, and the files TermLens is given are Chinese.
 */
const CHINESE_ENCODINGS = new Set(['gb18030', 'gbk', 'gb2312', 'big5', 'big5-hkscs']);

function decoderFor(label: string, fatal: boolean): TextDecoder | undefined {
  try {
    return new TextDecoder(label, { fatal });
  } catch {
    return undefined; // a label TextDecoder does not know
  }
}

function byteOrderMark(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

/** The charset an HTML file declares near its start (`<meta charset=…>` or an http-equiv content type). */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  // Latin-1 maps every byte to one character, so ASCII markup reads the same in any encoding.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, META_PRESCAN_BYTES));
  const found = /<meta\b[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1];
  return found && decoderFor(found, false) ? found.toLowerCase() : undefined;
}

/**
 * Decodes `bytes` (see the file comment for the order of evidence). Decoding runs in slices of
 * READER_DECODE_SLICE_BYTES with `between` awaited after each: a 5 MB file is one long task otherwise.
 */
export async function decodeBytes(bytes: Uint8Array, { html, between = async () => {} }: { html: boolean; between?: () => Promise<void> }): Promise<Decoded> {
  const decode = (label: string, fatal: boolean) => decodeInSlices(label, bytes, fatal, between);
  const bom = byteOrderMark(bytes);
  // TextDecoder drops the mark itself.
  if (bom) return { text: (await decode(bom, false))!, encoding: bom, guessed: false };
  const declared = html ? declaredCharset(bytes) : undefined;
  if (declared) return { text: (await decode(declared, false))!, encoding: decoderFor(declared, false)!.encoding, guessed: false };
  const utf8 = await decode('utf-8', true);
  if (utf8 !== undefined) return { text: utf8, encoding: 'utf-8', guessed: false };
  const sample = bytes.subarray(0, READER_ENCODING_SAMPLE_BYTES);
  const candidates = analyse(sample).map((m) => m.name.toLowerCase());
  const chain = byHanShare(
    [...new Set([...candidates.filter((c) => CHINESE_ENCODINGS.has(c)), ...FALLBACK_CHAIN, ...candidates])].filter((label) => label !== 'utf-8' && decoderFor(label, false)),
    sample,
  );
  for (const label of chain) {
    const text = await decode(label, true);
    if (text !== undefined) return { text, encoding: decoderFor(label, false)!.encoding, guessed: true };
  }
  // Nothing decodes cleanly: the likeliest, with replacement characters where bytes do not fit.
  const label = chain[0] ?? 'utf-8';
  return { text: (await decode(label, false))!, encoding: decoderFor(label, false)!.encoding, guessed: true };
}

/**
 * The candidates, those whose reading of the sample holds the larger share of Chinese characters
 * first (chardet's order otherwise). A single-byte Western encoding reads any bytes without error, so
 * on a short Chinese file chardet's first guess can be windows-1252: its reading holds no Chinese at all.
 */
function byHanShare(labels: string[], sample: Uint8Array): string[] {
  const share = new Map<string, number>();
  for (const label of labels) {
    let text: string;
    try {
      text = new TextDecoder(label, { fatal: true }).decode(sample, { stream: true }); // stream: the sample may cut a character
    } catch {
      share.set(label, -1);
      continue;
    }
    const nonAscii = text.replace(ASCII, '');
    share.set(label, nonAscii.length === 0 ? 0 : (nonAscii.match(HAN_CHARS)?.length ?? 0) / nonAscii.length);
  }
  return labels.map((label, order) => ({ label, order })).sort((a, b) => share.get(b.label)! - share.get(a.label)! || a.order - b.order).map((c) => c.label);
}

const HAN_CHARS = /[\u3400-\u4dbf\u4e00-\u9fff]/g;
/** Every ASCII character (a Western reading and a Chinese one agree on them, so they are no evidence). */
const ASCII = /\p{ASCII}/gu;

/** The text, or undefined when `fatal` and the bytes are not valid in that encoding. */
async function decodeInSlices(label: string, bytes: Uint8Array, fatal: boolean, between: () => Promise<void>): Promise<string | undefined> {
  const decoder = decoderFor(label, fatal);
  if (!decoder) return undefined;
  const parts: string[] = [];
  try {
    for (let at = 0; at < bytes.length; at += READER_DECODE_SLICE_BYTES) {
      // stream: a character cut by the slice's end is finished by the next slice.
      parts.push(decoder.decode(bytes.subarray(at, at + READER_DECODE_SLICE_BYTES), { stream: true }));
      if (at + READER_DECODE_SLICE_BYTES < bytes.length) await between();
    }
    parts.push(decoder.decode());
  } catch {
    return undefined;
  }
  return parts.join('');
}

/** Does the sample look like binary data rather than text (NUL bytes, outside UTF-16)? */
export function looksBinary(bytes: Uint8Array): boolean {
  if (byteOrderMark(bytes)?.startsWith('utf-16')) return false;
  const sample = bytes.subarray(0, READER_ENCODING_SAMPLE_BYTES);
  let nul = 0;
  for (const b of sample) if (b === 0) nul++;
  return nul > 0 && nul * 100 >= sample.length; // 1% NUL bytes: no text file has that many
}

/** The UTF-8 size of a string, without encoding it. */
export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      n += 4; // a surrogate pair is one 4-byte character
      i++;
    } else n += 3;
  }
  return n;
}
