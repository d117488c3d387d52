/** Tiny glossaries, their pack releases, and a fake server over them, for the pack tests. */
import { createHash } from 'node:crypto';
import type { Glossary, GlossaryTerm } from '../lib/glossary/types';
import { parseFullPack, type FullPack } from '../lib/packs/formats';
import { publishPacks, VERSION_FILE_NAME, type Bump, type Release } from '../lib/packs/publish';
import type { FetchLimits } from '../lib/packs/update-source';

export const SOURCE = 'https://packs.example/termlens/packs.json';

export function term(id: string, form: string, category = 'chips', en = `${id} definition`): GlossaryTerm {
  return {
    id,
    term: form,
    english: id,
    forms: [form],
    variantOf: {},
    aliases: [],
    category,
    pinyin: '',
    formPinyin: {},
    caseSensitive: true,
    exclude: [],
    definition: { zh: `${form}的释义`, en, basis: 'context' },
    excerpts: [],
    related: [],
    occurrences: {},
  };
}

export function glossaryOf(terms: GlossaryTerm[]): Glossary {
  return {
    version: 1,
    categories: [
      { id: 'chips', zh: '芯片', en: 'Chips' },
      { id: 'ev', zh: '新能源车', en: 'EVs' },
    ],
    sources: [],
    terms,
  };
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** A release after `previous` (none: the first). */
export function release(terms: GlossaryTerm[], previous?: Release, options: { bump?: Bump; date?: string } = {}): Release {
  const prev = previous && {
    listing: previous.listing,
    full: new Map<string, FullPack>(previous.listing.packs.map((p) => [p.domain, parseFullPack(JSON.parse(previous.files.get(p.full.path)!), p)])),
    file: (path: string) => previous.files.get(path)!,
  };
  return publishPacks({ glossary: glossaryOf(terms), previous: prev, date: options.date ?? '2026-12-01', bump: options.bump, sha256 });
}

/** Serves a release under SOURCE's folder; `override` replaces a file's bytes; every URL asked is logged. */
export function fakeServer(initial: Release) {
  let current = initial;
  const override = new Map<string, string>();
  const asked: string[] = [];
  return {
    asked,
    serve(next: Release) {
      current = next;
      override.clear();
    },
    override,
    async fetchBytes(url: string, limits: FetchLimits): Promise<Uint8Array> {
      asked.push(url.replace(new URL('.', SOURCE).href, ''));
      const path = url === SOURCE ? VERSION_FILE_NAME : url.replace(new URL('.', SOURCE).href, '');
      const text = override.get(path) ?? current.files.get(path);
      if (text === undefined) throw new Error(`HTTP 404 for ${path}`);
      const bytes = new TextEncoder().encode(text);
      if (bytes.length > limits.maxBytes) throw new Error(`${path} is larger than ${limits.maxBytes} bytes`);
      limits.onBytes?.(bytes.length);
      return bytes;
    },
  };
}
