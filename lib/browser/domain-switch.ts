/**
 * Background: a domain switched on or off in the options rebuilds the page matcher, which every
 * open frame then reads again (the matcher revision), so tabs follow without a reload.
 */
import { browser } from 'wxt/browser';
import { domainsChanged } from '../glossary/domain-packs';
import { parseSettings, SETTINGS_KEY } from '../settings';

export function watchDomainSwitches(onChange: () => void): () => void {
  const listener = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, area: string) => {
    const change = area === 'local' ? changes[SETTINGS_KEY] : undefined;
    if (change && domainsChanged(parseSettings(change.oldValue).offDomains, parseSettings(change.newValue).offDomains)) onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
