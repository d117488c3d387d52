/**
 * Typed arrays as base64 text, for the layout's message. Chrome passes extension messages through
 * JSON, where a long array of numbers is the slowest thing to parse (9 MB and ~48 ms in each frame
 * for 100,000 terms); one string is read at copying speed and decoded natively
 * (`Uint8Array.fromBase64`, or `atob` where a browser lacks it). Little-endian, as every platform
 * the extension runs on.
 */

type Base64Uint8 = typeof Uint8Array & { fromBase64?: (text: string) => Uint8Array };
type ToBase64 = Uint8Array & { toBase64?: () => string };

/** A typed array's bytes as base64. */
export function packBytes(view: ArrayBufferView): string {
  const bytes = new Uint8Array(view.buffer, view.byteOffset, view.byteLength) as ToBase64;
  if (typeof bytes.toBase64 === 'function') return bytes.toBase64();
  let binary = '';
  // In chunks: String.fromCharCode takes its characters as arguments.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** The bytes a `packBytes` string holds, in a fresh buffer (aligned for any view), or undefined for anything else (never throws). */
export function unpackBytes(value: unknown): Uint8Array | undefined {
  if (typeof value !== 'string' || value.length % 4 !== 0) return undefined;
  try {
    const native = (Uint8Array as Base64Uint8).fromBase64;
    if (typeof native === 'function') return native(value);
    const binary = atob(value);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  } catch {
    return undefined; // not base64
  }
}

/** An Int32Array's bytes as base64. */
export const packInts = (ints: Int32Array): string => packBytes(ints);

/** The Int32Array a `packInts` string holds, or undefined for anything else (never throws). */
export function unpackInts(value: unknown): Int32Array | undefined {
  const bytes = unpackBytes(value);
  // A fresh buffer from the decoder starts at offset 0, aligned for 32-bit reads.
  return bytes && bytes.length % 4 === 0 ? new Int32Array(bytes.buffer, bytes.byteOffset, bytes.length / 4) : undefined;
}

/** The Uint16Array a `packBytes` string of one holds, or undefined for anything else (never throws). */
export function unpackUint16s(value: unknown): Uint16Array | undefined {
  const bytes = unpackBytes(value);
  return bytes && bytes.length % 2 === 0 ? new Uint16Array(bytes.buffer, bytes.byteOffset, bytes.length / 2) : undefined;
}
