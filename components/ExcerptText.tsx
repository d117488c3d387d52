import type { Excerpt } from '../lib/glossary/types';

/** An excerpt with the term emphasised; text nodes only, never HTML. */
export function ExcerptText({ excerpt }: { excerpt: Excerpt }) {
  const [start, end] = excerpt.mark;
  return (
    <q class="tl-excerpt-text">
      {excerpt.clippedStart && '…'}
      {excerpt.text.slice(0, start)}
      <mark>{excerpt.text.slice(start, end)}</mark>
      {excerpt.text.slice(end)}
      {excerpt.clippedEnd && '…'}
    </q>
  );
}
