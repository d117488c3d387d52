/**
 * The glossary every surface reads: the bundled one with the downloaded packs over it, in the
 * order of their sources (subscriptions above TermLens's channel). The background matches pages
 * against it and serves cards from it; the popup and the side panel search and show it, so a pack's
 * term opened from a card is found there too. Packs unreadable: the bundled glossary alone.
 */
import { listPacks } from '../db/packs';
import type { Glossary } from '../glossary/types';
import { glossaryWithPacks, type PackLayer } from '../packs/layered-glossary';
import { fetchBundledGlossary } from './fetch-bundled';
import { packSources } from './packs-storage';
import { readerDb } from './reader-db';

/** The packs held, highest-ranking source first. */
export async function packLayers(): Promise<PackLayer[]> {
  const sources = await packSources();
  const packs = (await listPacks(readerDb())).filter((p) => sources.includes(p.source));
  packs.sort((a, b) => sources.indexOf(a.source) - sources.indexOf(b.source) || (a.domain < b.domain ? -1 : 1));
  return packs.map((p) => ({ terms: Object.values(p.terms) }));
}

export async function loadGlossaryWithPacks(): Promise<Glossary> {
  const layers = packLayers().catch((error: unknown): PackLayer[] => (console.error('TermLens: packs unavailable', error), []));
  const [bundled, packs] = await Promise.all([fetchBundledGlossary(), layers]);
  return glossaryWithPacks(bundled, packs);
}
