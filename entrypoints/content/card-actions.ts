/**
 * What a glossary card's buttons do: copy, pronounce, "Don't mark this term", and the reader's
 * status and note, which live in their database and are changed through the background (this
 * script runs in the page's origin and never opens the database).
 */
import { copyTextOf } from '../../components/card-copy';
import type { CardEntry } from '../../components/card-entry';
import type { CardActions, CardReader } from '../../components/HoverCard';
import type { TermStatus } from '../../lib/db/types';
import { send } from '../../lib/browser/messaging';
import type { Settings } from '../../lib/settings';
import { copyToClipboard, pronounceAction } from './card-support';

export function cardActionsOf(options: { entry: CardEntry; heading: string; settings: Settings; traditional: boolean; hide: () => void }): CardActions {
  const { entry, heading, settings, traditional, hide } = options;
  return {
    copy: () => copyToClipboard(copyTextOf(entry, { seenAs: heading, languages: settings.languages, script: settings.script, pageLang: document.documentElement.lang })),
    pronounce: pronounceAction(heading, traditional),
    // The same as choosing "Ignored": one place says a term is not marked, undone in the options or the side panel.
    unmark: () => {
      hide();
      void send({ type: 'set-term-status', id: entry.term.id, status: 'ignored' }).catch(() => {});
    },
  };
}

export function cardReaderOf(termId: string, status: TermStatus): CardReader {
  return {
    status,
    setStatus: (next) => send({ type: 'set-term-status', id: termId, status: next }).then((ok) => ok === true),
    saveNote: (text) => send({ type: 'set-term-note', id: termId, text }).then((ok) => ok === true),
  };
}
