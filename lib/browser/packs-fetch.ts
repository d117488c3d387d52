/**
 * Downloads one pack file with nothing of the reader in the request (no cookies, no referrer, no
 * cache that could tie requests together, no redirect followed) and nothing unbounded in
 * the answer: the body is read as a stream and refused as soon as it passes its limit or the size
 * the version file promised, a server that goes silent for PACK_FETCH_STALL_MS or takes longer than
 * PACK_FETCH_TOTAL_MS is given up, and each failure says which it was.
 */
import { PACK_FETCH_STALL_MS, PACK_FETCH_TOTAL_MS } from '../limits';
import type { FetchLimits } from '../packs/update-source';

const nameOf = (url: string) => new URL(url).pathname.split('/').pop() || url;

/** `timing`: the stall and total limits (tests shorten them). */
export async function fetchPackBytes(url: string, limits: FetchLimits, timing = { stallMs: PACK_FETCH_STALL_MS, totalMs: PACK_FETCH_TOTAL_MS }): Promise<Uint8Array> {
  const name = nameOf(url);
  const controller = new AbortController();
  let why = '';
  const giveUp = (reason: string) => {
    why = reason;
    controller.abort();
  };
  const total = setTimeout(() => giveUp(`${name}: not complete after ${timing.totalMs / 1000} s`), timing.totalMs);
  const stalled = () => giveUp(`${name}: the server sent nothing for ${timing.stallMs / 1000} s`);
  let stall = setTimeout(stalled, timing.stallMs);
  const alive = () => {
    clearTimeout(stall);
    stall = setTimeout(stalled, timing.stallMs);
  };
  const limit = Math.min(limits.maxBytes, limits.expectedBytes ?? Infinity);
  try {
    const response = await fetch(url, { credentials: 'omit', referrerPolicy: 'no-referrer', cache: 'no-store', redirect: 'manual', signal: controller.signal });
    // A redirect could lead to any address: packs are read only where the version file says.
    if (response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400)) throw new Error(`${name}: the server redirects elsewhere; nothing is read from another address`);
    if (!response.ok) throw new Error(`${name}: HTTP ${response.status}`);
    const declared = Number(response.headers.get('content-length') ?? NaN);
    if (declared > limit) throw new Error(`${name}: the server announces ${declared} bytes, more than the ${limit} expected`);
    if (!response.body) throw new Error(`${name}: no body`);
    const chunks: Uint8Array[] = [];
    let received = 0;
    const reader = response.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      alive();
      received += value.length;
      if (received > limit) {
        void reader.cancel();
        throw new Error(`${name}: more than the ${limit} bytes expected arrived`);
      }
      chunks.push(value);
      limits.onBytes?.(received);
    }
    const bytes = new Uint8Array(received);
    let at = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, at);
      at += chunk.length;
    }
    return bytes;
  } catch (error) {
    if (why) throw new Error(why, { cause: error });
    // fetch's TypeError says only "Failed to fetch" / "NetworkError": name the file and the likely causes.
    if (error instanceof TypeError) throw new Error(`${name}: the connection failed or was cut (${error.message})`, { cause: error });
    throw error;
  } finally {
    clearTimeout(total);
    clearTimeout(stall);
  }
}
