/**
 * How terms the reader knows are marked: by default like any other term, so a page cannot tell
 * them apart. Either choice here changes what the page's highlight registry holds, and the line
 * under each says so.
 */
import { t } from '../lib/browser/i18n';
import type { Settings } from '../lib/settings';

export interface KnownMarkOptionsProps {
  settings: Settings;
  onSettingsChange: (settings: Settings) => void;
}

export function KnownMarkOptions({ settings, onSettingsChange }: KnownMarkOptionsProps) {
  const toggle = (key: 'hideKnown' | 'lightKnown') => (e: Event) => onSettingsChange({ ...settings, [key]: (e.currentTarget as HTMLInputElement).checked });
  return (
    <div class="known-marks">
      <label>
        <input type="checkbox" checked={settings.hideKnown} onChange={toggle('hideKnown')} />
        {t('optHideKnown')}
      </label>
      <label>
        <input type="checkbox" checked={settings.lightKnown} disabled={settings.hideKnown} onChange={toggle('lightKnown')} />
        {t('optLightKnown')}
      </label>
      <p class="hint">{t('optKnownRevealed')}</p>
    </div>
  );
}
