/**
 * "Add to my glossary" on a dictionary entry: it opens the side panel's Add form with the word and
 * where it was met, and says so in the card (or that it could not).
 */
import { useState } from 'preact/hooks';
import type { AddDraft } from '../../lib/add-draft';
import { send } from '../../lib/browser/messaging';
import { t } from '../../lib/browser/i18n';

export function DictAddButton({ draft }: { draft: () => AddDraft | undefined }) {
  const [said, setSaid] = useState('');
  const add = () => {
    const made = draft();
    if (!made) return setSaid(t('dictAddFailed'));
    void send({ type: 'open-add-term', draft: made }).then(
      (ok) => setSaid(t(ok === false ? 'dictAddFailed' : 'dictAddOpened')),
      () => setSaid(t('dictAddFailed')),
    );
  };
  return (
    <p class="tl-dict-actions">
      <button type="button" class="tl-dict-add" onClick={add}>
        {t('dictAddTerm')}
      </button>
      <span class="tl-status" role="status">
        {said}
      </span>
    </p>
  );
}
