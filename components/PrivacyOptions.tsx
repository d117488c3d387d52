/** The options' History and privacy section: what TermLens keeps about the pages read. */
import { SettingCheck, type SettingsSectionProps } from './option-controls';

export function PrivacyOptions({ settings, onChange }: SettingsSectionProps) {
  return (
    <div class="tl-part">
      <SettingCheck label="optHistoryFullUrl" checked={settings.historyFullUrl} onChange={(v) => onChange({ ...settings, historyFullUrl: v })} />
    </div>
  );
}
