/**
 * The options page's import worker (started by lib/browser/import-glossary.ts): parsing and planning
 * a 100,000-line file takes seconds, which here do not freeze the page. No extension APIs in a
 * worker: the page passes the bundled glossary's address, and announces the change once written.
 */
import { parseGlossary } from '../glossary/parse';
import { openReaderDb } from '../db/schema';
import { createImportJob } from './import-job';
import { loadScriptVariants } from './script-variants';
import type { ImportWorkerReply } from '../import/worker-protocol';

async function fetchGlossary(url: string) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`glossary.json: HTTP ${response.status}`);
  return parseGlossary(await response.json());
}

const job = createImportJob({
  db: openReaderDb(),
  post: (reply: ImportWorkerReply) => self.postMessage(reply),
  fetchGlossary,
  loadVariants: loadScriptVariants,
});

self.addEventListener('message', (event: MessageEvent) => void job(event.data));
