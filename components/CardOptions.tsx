/** The options' Cards section: when a term's card opens and what it shows. */
import { t } from '../lib/browser/i18n';
import { HOVER_DELAY_RANGE, type DefinitionLanguages, type DisplayScript, type Settings, type Trigger } from '../lib/settings';
import { Choice, type SettingsSectionProps } from './option-controls';

export function CardOptions({ settings, onChange }: SettingsSectionProps) {
  const set = <K extends keyof Settings>(key: K, value: Settings[K]) => onChange({ ...settings, [key]: value });
  const delayOff = settings.trigger === 'click';
  return (
    <>
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
      >
        <label class="tl-range">
          {t('optDelay')}
          <input
            type="range"
            min={HOVER_DELAY_RANGE.min}
            max={HOVER_DELAY_RANGE.max}
            step={HOVER_DELAY_RANGE.step}
            value={settings.hoverDelayMs}
            disabled={delayOff}
            aria-describedby={delayOff ? 'tl-delay-off' : undefined}
            aria-valuetext={t('optDelayValue', settings.hoverDelayMs)}
            onInput={(e) => set('hoverDelayMs', Number(e.currentTarget.value))}
          />
          <output>{t('optDelayValue', settings.hoverDelayMs)}</output>
        </label>
        {delayOff && (
          <p id="tl-delay-off" class="tl-why">
            {t('optDelayClickOnly')}
          </p>
        )}
        <p class="tl-hint">{t('optKeys')}</p>
      </Choice>
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
    </>
  );
}
