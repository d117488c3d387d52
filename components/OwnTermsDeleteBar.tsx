/** The line under "Your terms" while deleting: the confirmation that says how many, then Undo. */
import { t } from '../lib/browser/i18n';

export type DeleteState =
  | { step: 'idle' | 'working' }
  | { step: 'confirm'; ids: string[] }
  | { step: 'done'; count: number; undo: () => Promise<void> }
  | { step: 'failed'; error: string };

export function OwnTermsDeleteBar({ state, onConfirm, onCancel, onUndo }: {
  state: DeleteState;
  onConfirm: (ids: string[]) => void;
  onCancel: () => void;
  onUndo: (undo: () => Promise<void>) => void;
}) {
  switch (state.step) {
    case 'confirm':
      return (
        <div class="tl-own-confirm" role="alertdialog" aria-labelledby="tl-own-confirm-text">
          <p id="tl-own-confirm-text">{t('ownTermsDeleteConfirm', state.ids.length)}</p>
          <button type="button" class="tl-danger" onClick={() => onConfirm(state.ids)}>{t('ownTermsDeleteConfirmButton', state.ids.length)}</button>{' '}
          <button type="button" onClick={onCancel}>{t('ownTermsDeleteCancel')}</button>
        </div>
      );
    case 'done':
      return (
        <p class="tl-own-deleted" role="status">
          {t('ownTermsDeleted', state.count)} <button type="button" onClick={() => onUndo(state.undo)}>{t('ownTermsUndo')}</button>
        </p>
      );
    case 'failed':
      return <p class="tl-error" role="alert">{t('ownTermsDeleteFailed', state.error)}</p>;
    default:
      return null;
  }
}
