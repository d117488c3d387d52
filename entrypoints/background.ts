import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { fetchBundledGlossary } from '../lib/glossary/fetch-bundled';
import { indexGlossary, type GlossaryIndex } from '../lib/glossary/lookup';
import { entryPayloadOf, matchTableOf } from '../lib/glossary/payloads';
import { parseRequest, type MatchTable } from '../lib/messages';

export default defineBackground(() => {
  // Loaded on first use and kept: the service worker may be restarted, which simply loads it again.
  let loaded: Promise<{ index: GlossaryIndex; table: MatchTable }> | undefined;
  const load = () =>
    (loaded ??= fetchBundledGlossary().then((glossary) => ({ index: indexGlossary(glossary), table: matchTableOf(glossary) })));

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    // Only our own extension's scripts and pages may ask; a page cannot reach this listener, but check anyway.
    if (sender.id !== browser.runtime.id) return undefined;
    const request = parseRequest(message);
    if (!request) return undefined;
    switch (request.type) {
      case 'get-match-table':
        return load().then(({ table }) => table);
      case 'get-entry':
        return load().then(({ index }) => entryPayloadOf(index, request.id));
    }
  });
});
