/**
 * The glossary card as shown over a page, and what its buttons do: copy, pronounce, "Don't mark
 * this term", and the reader's status and note, which live in their database and are changed
 * through the background (this script runs in the page's origin and never opens the database).
 */
import type { VNode } from 'preact';
import { copyTextOf } from '../../components/card-copy';
import type { CardEntry } from '../../components/card-entry';
import { HoverCard, type CardActions, type CardReader } from '../../components/HoverCard';
import type { Theme } from '../../lib/dom/page-theme';
import { resolveScript } from '../../lib/glossary/lookup';
import { send } from '../../lib/browser/messaging';
import type { Settings } from '../../lib/settings';
import { copyToClipboard, pronounceAction } from './card-support';
import type { TermStatus } from '../../lib/term-status';

/** A glossary card on show: its entry, the term as the page writes it, where it points, and the reader's status. */
export interface Shown {
  entry: CardEntry;
  heading: string;
  anchor: Range;
  theme: Theme;
  takeFocus: boolean;
  status: TermStatus;
}

export interface CardViewOptions {
  settings: Settings;
  details: boolean;
  onToggleDetails: (shown: boolean) => void;
  onSelectTerm: (id: string) => void;
  hide: () => void;
}

export function glossaryCardView(shown: Shown, { settings, details, onToggleDetails, onSelectTerm, hide }: CardViewOptions): VNode {
  const { entry, heading, theme, takeFocus, status } = shown;
  const pageLang = document.documentElement.lang;
  const traditional = resolveScript(settings.script, entry.term, heading, pageLang) === 'traditional';
  return (
    <HoverCard
      entry={entry}
      heading={heading}
      languages={settings.languages}
      script={settings.script}
      pageLang={pageLang}
      theme={theme}
      details={details}
      onToggleDetails={onToggleDetails}
      onSelectTerm={onSelectTerm}
      onClose={hide}
      // The spelling met goes along (only for this card's own term): the entry reads that form.
      onOpenEntry={(id) => void send(id === entry.term.id ? { type: 'open-entry', id, form: heading } : { type: 'open-entry', id }).catch(() => {})}
      actions={cardActionsOf({ entry, heading, settings, traditional, hide })}
      reader={cardReaderOf(entry.term.id, status)}
      takeFocus={takeFocus}
    />
  );
}

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
