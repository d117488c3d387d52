/**
 * What a one-click card action did, said in one line beside the buttons, with Undo where it can be
 * undone. A plain message ("Copied") clears itself after a moment; one with Undo stays until the
 * next action or the card closes, so the reader has time to take it back.
 */
import { useEffect, useState } from 'preact/hooks';
import { t } from '../lib/browser/i18n';
import { FEEDBACK_CLEAR_MS } from '../lib/limits';

export interface Feedback {
  text: string;
  undo?: () => void;
}

export function useFeedback(resetKey: unknown): [Feedback | undefined, (next: Feedback | undefined) => void] {
  const [feedback, setFeedback] = useState<Feedback | undefined>(undefined);
  useEffect(() => setFeedback(undefined), [resetKey]);
  useEffect(() => {
    if (!feedback || feedback.undo) return undefined;
    const timer = setTimeout(() => setFeedback((now) => (now === feedback ? undefined : now)), FEEDBACK_CLEAR_MS);
    return () => clearTimeout(timer);
  }, [feedback]);
  return [feedback, setFeedback];
}

export function FeedbackLine({ feedback, onUndone }: { feedback: Feedback | undefined; onUndone: () => void }) {
  return (
    <span class="tl-status" role="status">
      {feedback?.text}
      {feedback?.undo && (
        <button
          type="button"
          class="tl-undo"
          onClick={() => {
            feedback.undo?.();
            onUndone();
          }}
        >
          {t('undo')}
        </button>
      )}
    </span>
  );
}
