import { t } from '../lib/browser/i18n';

export interface AboutSectionProps {
  /** The date of the CC-CEDICT data shipped (from its index); left out while unknown. */
  cedictDate?: string;
}

const CEDICT_URL = 'https://cc-cedict.org/wiki/';
const LICENCE_URL = 'https://creativecommons.org/licenses/by-sa/4.0/';

/** The About section's text: where TermLens's words come from: its own glossary, and CC-CEDICT with its licence and attribution. */
export function AboutSection({ cedictDate }: AboutSectionProps) {
  return (
    <div class="tl-part tl-about">
      <p>{t('aboutGlossary')}</p>
      <p>{t('aboutCedict', cedictDate ?? '—')}</p>
      <p>
        <a href={CEDICT_URL} target="_blank" rel="noopener noreferrer">
          {t('aboutCedictLink')}
        </a>
        {' · '}
        <a href={LICENCE_URL} target="_blank" rel="noopener noreferrer">
          {t('aboutLicenceLink')}
        </a>
      </p>
    </div>
  );
}
