/**
 * Articles for the candidate miner, read from files and folders the way the side panel's Reader
 * reads a file: byte-order mark, `<meta charset>`, valid UTF-8, else a guess (GBK, GB18030, Big5),
 * and HTML reduced to its text. Build-time only (node:fs).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { decodeBytes, looksBinary } from '../../../text/decode';
import { htmlToText } from '../../../text/html-text';

const TEXT_FILE = /\.(txt|html?|xhtml)$/i;
const HTML_FILE = /\.x?html?$/i;

/** The .txt and .html files a path names: itself, or every one under a folder, in name order. */
export function articleFiles(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const full = join(path, entry.name);
      return entry.isDirectory() ? articleFiles(full) : TEXT_FILE.test(entry.name) ? [full] : [];
    });
}

export interface Article {
  /** The path as given, relative to `base`. */
  file: string;
  text: string;
  encoding: string;
  guessed: boolean;
}

/** Every article under the paths given; binary files are left out. */
export async function readArticles(paths: readonly string[], base = process.cwd()): Promise<{ articles: Article[]; skipped: string[] }> {
  const articles: Article[] = [];
  const skipped: string[] = [];
  for (const path of paths.flatMap(articleFiles)) {
    const bytes = new Uint8Array(readFileSync(path));
    const file = relative(base, path) || path;
    if (looksBinary(bytes)) {
      skipped.push(file);
      continue;
    }
    const html = HTML_FILE.test(path);
    const decoded = await decodeBytes(bytes, { html });
    articles.push({ file, text: html ? await htmlToText(decoded.text) : decoded.text, encoding: decoded.encoding, guessed: decoded.guessed });
  }
  return { articles, skipped };
}
