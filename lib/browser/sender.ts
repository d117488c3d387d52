/**
 * Who sent a message to the background, as the browser says (`runtime.MessageSender`, which a
 * script cannot forge), and what that context may ask. Least trust: a content script runs in a
 * page's renderer, so a compromised renderer (or a future bug) speaks with its voice; it may read
 * the matcher and entries and open cards, but writes a status or a note only for the term of a
 * card the background opened in that very frame (card-tokens.ts), puts only its own address in an
 * add form, and never triggers rebuilds, pack checks or hand-overs.
 */
import type { Request } from '../messages';

export type SenderKind = 'extension-page' | 'content-script';

/** The parts of a `runtime.MessageSender` read here. */
export interface SenderLike {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { id?: number; url?: string };
}

/** This extension: its id and its pages' origin (`runtime.getURL('/')`). */
export interface Self {
  id: string;
  origin: string;
}

/**
 * An extension page: our id, an address of ours, and not a frame of ours inside someone else's
 * tab (no tab: the side panel, the popup, the background; the top frame of a tab: then the tab
 * is ours; a frame: only in a tab showing one of our pages). A content script: our id, a tab and a
 * frame, an address that is not ours (or none: a frame the browser gives no address for). Anything
 * else: undefined (refused).
 */
export function senderKind(sender: SenderLike, self: Self): SenderKind | undefined {
  if (sender.id !== self.id) return undefined;
  if (sender.url?.startsWith(self.origin)) {
    if (!sender.tab || sender.frameId === 0 || sender.tab.url?.startsWith(self.origin)) return 'extension-page';
    return undefined;
  }
  return sender.tab && typeof sender.tab.id === 'number' && typeof sender.frameId === 'number' ? 'content-script' : undefined;
}

/** What a content script may ask at all (the writes among them are checked further: a card token, its own address). */
const CONTENT_SCRIPT_REQUESTS: ReadonlySet<Request['type']> = new Set<Request['type']>([
  'get-page-matcher',
  'get-term-statuses',
  'get-entry',
  'open-entry',
  'lookup-word',
  'set-term-status',
  'set-term-note',
  'open-add-term',
]);

/** Whether a context of `kind` may send `type` (extension pages may send everything). */
export function mayAsk(kind: SenderKind | undefined, type: Request['type']): boolean {
  if (kind === 'extension-page') return true;
  return kind === 'content-script' && CONTENT_SCRIPT_REQUESTS.has(type);
}
