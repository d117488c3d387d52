import { t } from '../lib/browser/i18n';

import { STATUS_LABELS } from './CardReaderControls';
import { TERM_STATUSES, type TermStatus } from '../lib/term-status';

/** A term's status as a labelled drop-down: the side panel's lists of met and own terms. */
export function StatusSelect({ term, value, onChange }: { term: string; value: TermStatus; onChange: (status: TermStatus) => void }) {
  return (
    <select aria-label={t('statusLabel', term)} value={value} onChange={(e) => onChange((e.currentTarget as HTMLSelectElement).value as TermStatus)}>
      {TERM_STATUSES.map((s) => (
        <option key={s} value={s}>
          {t(STATUS_LABELS[s])}
        </option>
      ))}
    </select>
  );
}
