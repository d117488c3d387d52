import { useState } from 'preact/hooks';
import { t, type MessageKey } from '../lib/browser/i18n';
import {
  HOVER_DELAY_RANGE,
  normalizeSite,
  type DefinitionLanguages,
  type DisplayScript,
  type HighlightStyle,
  type Settings,
  type Trigger,
} from '../lib/settings';
import './options-form.css';

export interface OptionsFormProps {
  settings: Settings;
  /** Called with the whole new settings object on every change (saved at once). */
  onChange: (settings: Settings) => void;
  saved: boolean;
  /** The terms the reader set to "ignored" ("Don't mark this term"), with the name each is shown by. */
  ignoredTerms?: readonly { id: string; term: string }[];
  /** Marks an ignored term again (its status back to "new"). */
  onMarkAgain?: (id: string) => void;
}

function Choice<T extends string>({
  legend,
  name,
  value,
  options,
  onChange,
}: {
  legend: MessageKey;
  name: string;
  value: T;
  options: readonly [T, MessageKey][];
  onChange: (value: T) => void;
}) {
  return (
    <fieldset>
      <legend>{t(legend)}</legend>
      {options.map(([option, label]) => (
        <label key={option}>
          <input type="radio" name={name} value={option} checked={value === option} onChange={() => onChange(option)} />
          {t(label)}
        </label>
      ))}
    </fieldset>
  );
}

/** Every setting, saved as soon as it changes; open tabs follow through storage.onChanged. */
export function OptionsForm({ settings, onChange, saved, ignoredTerms, onMarkAgain }: OptionsFormProps) {
  const [site, setSite] = useState('');
  const [siteError, setSiteError] = useState<string>();
  const set = <K extends keyof Settings>(key: K, value: Settings[K]) => onChange({ ...settings, [key]: value });

  const addSite = () => {
    const host = normalizeSite(site.replace(/^[a-z]+:\/\//i, '').split('/')[0]);
    if (!host) return setSiteError(t('optSiteInvalid', site));
    setSiteError(undefined);
    setSite('');
    if (!settings.disabledSites.includes(host)) set('disabledSites', [...settings.disabledSites, host]);
  };

  return (
    <form class="tl-options" onSubmit={(e) => e.preventDefault()}>
      <label class="tl-check">
        <input type="checkbox" role="switch" checked={settings.enabled} onChange={(e) => set('enabled', e.currentTarget.checked)} />
        {t('optEnabled')}
      </label>

      <fieldset>
        <legend>{t('optSites')}</legend>
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
                  onClick={() => set('disabledSites', settings.disabledSites.filter((s) => s !== host))}
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
      </fieldset>

      <fieldset>
        <legend>{t('optUnmarked')}</legend>
        {!ignoredTerms || ignoredTerms.length === 0 ? (
          <p class="tl-hint">{t('optUnmarkedEmpty')}</p>
        ) : (
          <ul class="tl-site-list">
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
      </fieldset>

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
      <Choice<Trigger>
        legend="optTrigger"
        name="trigger"
        value={settings.trigger}
        options={[
          ['hover', 'optTriggerHover'],
          ['alt-hover', 'optTriggerAltHover'],
          ['click', 'optTriggerClick'],
        ]}
        onChange={(v) => set('trigger', v)}
      />
      <label class="tl-range">
        {t('optDelay')}
        <input
          type="range"
          min={HOVER_DELAY_RANGE.min}
          max={HOVER_DELAY_RANGE.max}
          step={HOVER_DELAY_RANGE.step}
          value={settings.hoverDelayMs}
          disabled={settings.trigger === 'click'}
          aria-valuetext={t('optDelayValue', settings.hoverDelayMs)}
          onInput={(e) => set('hoverDelayMs', Number(e.currentTarget.value))}
        />
        <output>{t('optDelayValue', settings.hoverDelayMs)}</output>
      </label>
      <Choice<DefinitionLanguages>
        legend="optLanguages"
        name="languages"
        value={settings.languages}
        options={[
          ['both', 'optLangBoth'],
          ['zh', 'optLangZh'],
          ['en', 'optLangEn'],
        ]}
        onChange={(v) => set('languages', v)}
      />
      <Choice<DisplayScript>
        legend="optScript"
        name="script"
        value={settings.script}
        options={[
          ['page', 'optScriptPage'],
          ['simplified', 'optScriptSimplified'],
          ['traditional', 'optScriptTraditional'],
        ]}
        onChange={(v) => set('script', v)}
      />
      <label class="tl-check">
        <input type="checkbox" checked={settings.firstOnly} onChange={(e) => set('firstOnly', e.currentTarget.checked)} />
        {t('optFirstOnly')}
      </label>
      <p class="tl-hint">{t('optKeys')}</p>
      <p class="tl-status" role="status" aria-live="polite">
        {saved ? t('optSaved') : ''}
      </p>
    </form>
  );
}
