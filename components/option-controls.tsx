/** The options page's small controls, so every section looks and behaves the same. */
import type { ComponentChildren } from 'preact';
import { t, type MessageKey } from '../lib/browser/i18n';
import type { Settings } from '../lib/settings';

/** What every settings section gets: the settings, and a call with the whole new object on every change (saved at once). */
export interface SettingsSectionProps {
  settings: Settings;
  onChange: (settings: Settings) => void;
}

export function Choice<T extends string>({
  legend,
  name,
  value,
  options,
  onChange,
  children,
}: {
  legend: MessageKey;
  name: string;
  value: T;
  options: readonly [T, MessageKey][];
  onChange: (value: T) => void;
  /** Controls that belong with the choice (the hover delay under "Open a card on"). */
  children?: ComponentChildren;
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
      {children}
    </fieldset>
  );
}

/** A checkbox bound to one boolean setting, with an optional hint under it. */
export function SettingCheck({
  label,
  hint,
  checked,
  onChange,
  role,
}: {
  label: MessageKey;
  hint?: MessageKey;
  checked: boolean;
  onChange: (checked: boolean) => void;
  role?: 'switch';
}) {
  const hintId = hint ? `${label}-hint` : undefined;
  return (
    <div class="tl-check-row">
      <label class="tl-check">
        <input type="checkbox" role={role} checked={checked} aria-describedby={hintId} onChange={(e) => onChange(e.currentTarget.checked)} />
        {t(label)}
      </label>
      {hint && (
        <p id={hintId} class="tl-hint">
          {t(hint)}
        </p>
      )}
    </div>
  );
}
