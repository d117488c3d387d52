/** Loads the glossary bundled with the extension (an extension page or the background). */
import { browser, type PublicPath } from 'wxt/browser';
import { parseGlossary } from '../glossary/parse';
import type { Glossary } from '../glossary/types';

// Added by the build:publicAssets hook in wxt.config.ts, which WXT's generated path types don't see.
export const BUNDLED_GLOSSARY_PATH = '/glossary.json' as PublicPath;

export async function fetchBundledGlossary(): Promise<Glossary> {
  const response = await fetch(browser.runtime.getURL(BUNDLED_GLOSSARY_PATH));
  if (!response.ok) throw new Error(`glossary.json: HTTP ${response.status}`);
  return parseGlossary(await response.json());
}
