/**
 * A frame's page matcher and statuses, from the background by message. (Not from storage.session:
 * that area is closed to content scripts, lib/browser/session-access.ts.)
 */
import { parsePageMatcher, parseTermStatuses, type PageMatcher, type TermStatuses } from '../../lib/messages';
import { send } from '../../lib/browser/messaging';

export interface StartData {
  /** Undefined where the background gave no valid matcher: no marks on this page. */
  table: PageMatcher | undefined;
  statuses: TermStatuses;
}

/** The known and ignored terms, from the background (none where it cannot answer). */
export const currentStatuses = (): Promise<TermStatuses> => send({ type: 'get-term-statuses' }).then(parseTermStatuses, () => parseTermStatuses(undefined));

const fetchTable = (): Promise<PageMatcher | undefined> => send({ type: 'get-page-matcher' }).then((reply) => parsePageMatcher(reply), () => undefined);

export async function startData(): Promise<StartData> {
  const [table, statuses] = await Promise.all([fetchTable(), currentStatuses()]);
  return { table, statuses };
}
