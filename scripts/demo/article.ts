/**
 * The demo article: one of the seed articles as a plain news page, so a newcomer sees TermLens on
 * the very text its glossary was built from. Made when served, never stored: the seed stays the
 * one copy of the text.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

interface SourceRecord {
  id: string;
  file: string;
  title: string;
  publication: string;
  author: string;
  date: string;
}

/** The seed shown: a short article dense with the glossary's terms (国家队Sora, 全模态, 万卡集群…). */
export const DEMO_SOURCE_ID = 's001';

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The page for `text`: its first line the headline, every further non-blank line a paragraph. */
export function articleHtml(text: string, source: Omit<SourceRecord, 'id' | 'file'>): string {
  const [, ...rest] = text.split(/\r?\n/).map((line) => line.trim());
  const paragraphs = rest.filter((line) => line !== '').map((line) => `<p>${escapeHtml(line)}</p>`);
  return `<!doctype html>
<html lang="zh-Hans">
<head><meta charset="utf-8"><title>${escapeHtml(source.title)} — TermLens demo</title>
<style>
  body { font: 17px/1.75 "Noto Sans CJK SC", sans-serif; max-width: 44em; margin: 2em auto; padding: 0 1em; color: #222; }
  .source { color: #666; font-size: 14px; border-bottom: 1px solid #ddd; padding-bottom: 0.8em; }
</style>
</head>
<body>
<h1>${escapeHtml(source.title)}</h1>
<p class="source">${escapeHtml(`${source.publication} · ${source.author} · ${source.date}`)} — TermLens demo page (seed article, shown as published)</p>
${paragraphs.join('\n')}
</body>
</html>
`;
}

/** The demo page built from the repository's seeds and source records. */
export function demoArticle(root: string): string {
  const { sources } = JSON.parse(readFileSync(join(root, 'data', 'sources.json'), 'utf8')) as { sources: SourceRecord[] };
  const source = sources.find((s) => s.id === DEMO_SOURCE_ID);
  if (!source) throw new Error(`data/sources.json has no ${DEMO_SOURCE_ID}`);
  return articleHtml(readFileSync(join(root, 'seeds', source.file), 'utf8'), source);
}
