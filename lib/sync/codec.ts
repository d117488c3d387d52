/**
 * Bytes for the sync area: compressed with the browser's own CompressionStream (deflate-raw, else
 * gzip; stored as they are where neither exists) and written as base64. base64 because the quota
 * counts UTF-8 bytes of the JSON text: its 64 characters are one byte each and never escaped, 6 bits
 * a byte, where a base32768-like packing (15 bits per character, each three UTF-8 bytes) gets 5.
 */
export type Codec = 'deflate-raw' | 'gzip' | 'none';

const CODECS: readonly Codec[] = ['deflate-raw', 'gzip', 'none'];

export const isCodec = (v: unknown): v is Codec => CODECS.includes(v as Codec);

/** The best codec this browser has. */
export function availableCodec(): Codec {
  if (typeof CompressionStream !== 'function') return 'none';
  for (const format of ['deflate-raw', 'gzip'] as const) {
    try {
      new CompressionStream(format);
      return format;
    } catch {
      // an older engine without this format
    }
  }
  return 'none';
}

/** Whether this browser can read what `codec` wrote. */
export function canDecode(codec: Codec): boolean {
  if (codec === 'none') return true;
  if (typeof DecompressionStream !== 'function') return false;
  try {
    new DecompressionStream(codec);
    return true;
  } catch {
    return false;
  }
}

async function through(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const output = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(output).arrayBuffer());
}

export async function compress(text: string, codec: Codec): Promise<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  return codec === 'none' ? bytes : through(bytes, new CompressionStream(codec));
}

/** Throws on damaged input (the stream's own error). */
export async function decompress(bytes: Uint8Array, codec: Codec): Promise<string> {
  const raw = codec === 'none' ? bytes : await through(bytes, new DecompressionStream(codec));
  return new TextDecoder('utf-8', { fatal: true }).decode(raw);
}

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  // In slices: String.fromCharCode takes its arguments on the stack.
  for (let at = 0; at < bytes.length; at += 0x8000) binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
  return btoa(binary);
}

/** Throws on a string that is not base64. */
export function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** FNV-1a of a string as 8 hex digits: names one write of a section, so pieces of two writes are never mixed. */
export function fingerprint(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}
