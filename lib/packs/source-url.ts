/**
 * Which addresses may serve packs: https anywhere, plain http only on 127.0.0.1 (a local server for
 * a team's tests; nothing on the network can read or change what it sends). No user name or
 * password in the address, no fragment.
 */

/** A version file's address at most (an address is not a place to carry data). */
export const PACK_SOURCE_URL_MAX_CHARS = 500;

/** The checked address as text, or an English reason it is refused. */
export function checkSourceUrl(text: string): { url: string } | { error: string } {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return { error: 'not a web address' };
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && url.hostname === '127.0.0.1')) return { error: 'only https addresses (or http on 127.0.0.1)' };
  if (url.username || url.password) return { error: 'no user name or password in the address' };
  if (url.hash) return { error: 'no #fragment in the address' };
  if (url.href.length > PACK_SOURCE_URL_MAX_CHARS) return { error: 'address too long' };
  return { url: url.href };
}

/** The host permission a source needs: its scheme and host, any port and path (a match pattern). */
export function originPattern(url: string): string {
  const u = new URL(url);
  return `${u.protocol}//${u.hostname}/*`;
}
