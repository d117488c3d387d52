import { t } from '../lib/browser/i18n';
import type { SenseReason } from '../lib/matcher/sense-evidence';

export interface SenseReasonLineProps {
  /** The everyday form as the page writes it (推理). */
  form: string;
  /** Why the matcher marked it (`Matcher.explain`); nothing is shown without one. */
  reason?: SenseReason;
}

/** One short line on a card saying why an everyday word was marked as a term ("marked: 推理 near 模型"). */
export function SenseReasonLine({ form, reason }: SenseReasonLineProps) {
  if (!reason) return null;
  const text = reason.kind === 'compound' ? t('senseReasonCompound', form, reason.word) : t('senseReasonNear', form, reason.word);
  return <p class="tl-sense-reason">{text}</p>;
}
