/** Calls back when the background announces a rebuilt page matcher (own terms changed) or changed statuses. */
import { browser } from 'wxt/browser';
import { MATCHER_REVISION_KEY, STATUS_REVISION_KEY } from '../../lib/browser/reader-revision';

function watchKey(key: string, onChange: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && key in changes) onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

export const watchMatcherRevision = (onChange: () => void) => watchKey(MATCHER_REVISION_KEY, onChange);
export const watchStatusRevision = (onChange: () => void) => watchKey(STATUS_REVISION_KEY, onChange);
