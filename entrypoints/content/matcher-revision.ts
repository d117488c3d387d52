/** Calls `onChange` when the background announces a rebuilt page matcher (the reader's own terms changed). */
import { browser } from 'wxt/browser';
import { MATCHER_REVISION_KEY } from '../../lib/browser/reader-revision';

export function watchMatcherRevision(onChange: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && MATCHER_REVISION_KEY in changes) onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
