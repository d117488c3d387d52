/** The options' Marking section: on or off, on which sites, which terms, and how marks look. */
import { useState } from 'preact/hooks';
import { t } from '../lib/browser/i18n';
import { normalizeSite, type HighlightStyle, type Settings } from '../lib/settings';
import { Choice, SettingCheck, type SettingsSectionProps } from './option-controls';
import { OptionsPart } from './OptionsSection';
import './options-form.css';

export interface MarkingOptionsProps extends SettingsSectionProps {
  /** The terms the reader set to "ignored" ("Don't mark this term"), with the name each is shown by. */
  ignoredTerms?: readonly { id: string; term: string }[];
  /** Marks an ignored term again (its status back to "new"). */
  onMarkAgain?: (id: string) => void;
}

function SitesOff({ settings, onChange }: SettingsSectionProps) {
  const [site, setSite] = useState('');
  const [siteError, setSiteError] = useState<string>();
  const setSites = (sites: string[]) => onChange({ ...settings, disabledSites: sites });
  const addSite = () => {
    const host = normalizeSite(site.replace(/^[a-z]+:\/\//i, '').split('/')[0]);
    if (!host) return setSiteError(t('optSiteInvalid', site));
    setSiteError(undefined);
    setSite('');
    if (!settings.disabledSites.includes(host)) setSites([...settings.disabledSites, host]);
  };
  return (
    <OptionsPart title="optSites">
      {settings.disabledSites.length === 0 ? (
        <p class="tl-hint">{t('optSitesEmpty')}</p>
      ) : (
        <ul class="tl-sites">
          {settings.disabledSites.map((host) => (
            <li key={host}>
              <span>{host}</span>
              <button
                type="button"
                aria-label={t('optSiteRemove', host)}
                title={t('optSiteRemove', host)}
                onClick={() => setSites(settings.disabledSites.filter((s) => s !== host))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <div class="tl-add-site">
        <input
          type="text"
          value={site}
          placeholder={t('optSitePlaceholder')}
          aria-label={t('optSiteAdd')}
          aria-invalid={siteError ? true : undefined}
          aria-describedby={siteError ? 'tl-site-error' : undefined}
          onInput={(e) => setSite(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && !e.isComposing) addSite();
          }}
        />
        <button type="button" onClick={addSite}>
          {t('optSiteAdd')}
        </button>
      </div>
      {siteError && (
        <p id="tl-site-error" class="tl-error" role="alert">
          {siteError}
        </p>
      )}
    </OptionsPart>
  );
}

function UnmarkedTerms({ ignoredTerms, onMarkAgain }: Pick<MarkingOptionsProps, 'ignoredTerms' | 'onMarkAgain'>) {
  return (
    <OptionsPart title="optUnmarked">
      {!ignoredTerms || ignoredTerms.length === 0 ? (
        <p class="tl-hint">{t('optUnmarkedEmpty')}</p>
      ) : (
        <ul class="tl-sites">
          {ignoredTerms.map(({ id, term }) => (
            <li key={id}>
              <span lang="zh">{term}</span>{' '}
              <button type="button" aria-label={`${t('optMarkAgain')}: ${term}`} onClick={() => onMarkAgain?.(id)}>
                {t('optMarkAgain')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </OptionsPart>
  );
}

export function MarkingOptions({ settings, onChange, ignoredTerms, onMarkAgain }: MarkingOptionsProps) {
  const set = <K extends keyof Settings>(key: K, value: Settings[K]) => onChange({ ...settings, [key]: value });
  return (
    <>
      <OptionsPart title="subTermsShown">
        <SettingCheck role="switch" label="optEnabled" checked={settings.enabled} onChange={(v) => set('enabled', v)} />
        <SettingCheck label="optFirstOnly" checked={settings.firstOnly} onChange={(v) => set('firstOnly', v)} />
        <SettingCheck label="optHideKnown" hint="optHideKnownHint" checked={settings.hideKnown} onChange={(v) => set('hideKnown', v)} />
        <SettingCheck label="optLightKnown" hint="optKnownRevealed" checked={settings.lightKnown} onChange={(v) => set('lightKnown', v)} />
      </OptionsPart>
      <Choice<HighlightStyle>
        legend="optStyle"
        name="style"
        value={settings.highlightStyle}
        options={[
          ['underline', 'optStyleUnderline'],
          ['background', 'optStyleBackground'],
          ['none', 'optStyleNone'],
        ]}
        onChange={(v) => set('highlightStyle', v)}
      />
      <SitesOff settings={settings} onChange={onChange} />
      <UnmarkedTerms ignoredTerms={ignoredTerms} onMarkAgain={onMarkAgain} />
    </>
  );
}
