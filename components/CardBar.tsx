/**
 * The top of a card over a page, pinned while its body scrolls: Back and Forward through the pages
 * the card has shown (lookups made inside it, related terms), and Close.
 */
import { t } from '../lib/browser/i18n';

export interface CardNav {
  back?: () => void;
  forward?: () => void;
}

export function CardBar({ nav, onClose }: { nav?: CardNav; onClose: () => void }) {
  return (
    <div class="tl-bar">
      {nav?.back && (
        <button type="button" class="tl-back" onClick={nav.back}>
          ‹ {t('cardBack')}
        </button>
      )}
      {nav?.forward && (
        <button type="button" class="tl-forward" onClick={nav.forward}>
          {t('cardForward')} ›
        </button>
      )}
      <button type="button" class="tl-close" aria-label={t('close')} onClick={onClose}>
        ×
      </button>
    </div>
  );
}
