/**
 * Resolves the curated sources against the seed texts: the seed's hash, each story's heading offset,
 * the paragraphs a page prints away from their story's heading, and the captions never excerpted.
 */
import type { CuratedSource } from './inputs';
import type { SourceLayout, StoryRun } from './choose-excerpts';
import type { Source } from '../types';

export interface ResolvedSources {
  sources: Source[];
  /** Per source id: where each story runs and where the captions are. */
  layouts: Map<string, SourceLayout>;
}

export function resolveSources(
  curated: CuratedSource[],
  seeds: Record<string, string>,
  seedHashes: Record<string, string> | undefined,
  problems: string[],
): ResolvedSources {
  const ids = new Set<string>();
  const layouts = new Map<string, SourceLayout>();
  const sources = curated.map((s) => {
    if (ids.has(s.id)) problems.push(`source "${s.id}": id is used by more than one source`);
    ids.add(s.id);
    const text = seeds[s.file];
    if (text === undefined) problems.push(`source "${s.id}": seed file "${s.file}" not found`);
    const hash = seedHashes?.[s.file];
    if (text !== undefined && hash !== undefined && hash !== s.sha256) {
      problems.push(`source "${s.id}": ${s.file} has changed (sha256 ${hash}, expected ${s.sha256}); seeds must stay byte for byte`);
    }
    // A heading is its first occurrence (002 repeats its headline in a footer); a paragraph or a
    // caption must occur once, so that the offset found is the one meant.
    const place = (quoted: string, what: string, once = true): number => {
      if (text === undefined) return -1;
      const offset = text.indexOf(quoted);
      if (offset < 0) problems.push(`source "${s.id}": ${what} "${quoted}" not found in ${s.file}`);
      else if (once && text.indexOf(quoted, offset + 1) >= 0) problems.push(`source "${s.id}": ${what} "${quoted}" occurs more than once in ${s.file}`);
      return offset;
    };
    const runs: StoryRun[] = [];
    const stories = s.stories.map((story, index) => {
      const offset = place(story.heading, 'story heading', false);
      runs.push({ offset, story: index });
      const paragraphs = story.paragraphs.map((p) => place(p, 'story paragraph'));
      for (const p of paragraphs) runs.push({ offset: p, story: index });
      return {
        title: story.heading.replace(/^#+\s*/, ''),
        author: story.author,
        offset,
        ...(paragraphs.length > 0 ? { paragraphs } : {}),
      };
    });
    const captions = s.captions.map((c): [number, number] => {
      const offset = place(c, 'caption');
      return [offset, offset + c.length];
    });
    layouts.set(s.id, { runs: runs.sort((a, b) => a.offset - b.offset), captions });
    const { stories: _curatedStories, captions: _captions, ...rest } = s;
    return dropUndefined({ ...rest, stories });
  });
  return { sources, layouts };
}

function dropUndefined<T extends object>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as T;
}
