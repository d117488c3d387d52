import { useEffect, useMemo, useRef } from 'preact/hooks';
import type { GlossaryIndex } from '../lib/glossary/lookup';
import type { Matcher } from '../lib/matcher/compile';
import { paragraphsOf } from '../lib/text/segments';
import { TermPopover, usePopover } from './TermPopover';

export interface ArticleTextProps {
  index: GlossaryIndex;
  text: string;
  matcher: Matcher;
  /** termIndex → term id, as the matcher was compiled. */
  termIds: readonly string[];
  /** A passage to scroll to and highlight: [offset, offset + length) of `text`. */
  focus?: { offset: number; length: number };
  /** The reader asked for a term's full entry. */
  onOpenEntry: (id: string) => void;
}

/**
 * Text with its glossary terms marked, as elements of our own page (text nodes only, never HTML),
 * and a card beside the term under the pointer or focus. The focused passage is painted with the
 * Highlight API over the rendered text nodes.
 */
export function ArticleText({ index, text, matcher, termIds, focus, onOpenEntry }: ArticleTextProps) {
  const paragraphs = useMemo(() => paragraphsOf(text, matcher), [text, matcher]);
  const root = useRef<HTMLDivElement>(null);
  const popover = usePopover();
  const onTerm = popover.show;

  useEffect(() => {
    if (!focus || !root.current) return;
    const range = rangeAt(root.current, focus.offset, focus.offset + focus.length);
    if (!range) return;
    range.startContainer.parentElement?.closest('p')?.scrollIntoView({ block: 'center' });
    if (typeof Highlight !== 'function' || !('highlights' in CSS)) return;
    CSS.highlights.set('termlens-focus', new Highlight(range));
    return () => CSS.highlights.delete('termlens-focus');
  }, [focus, paragraphs]);

  return (
    <div class="tl-article" ref={root}>
      {paragraphs.map((p) => (
        <p key={p.offset} data-offset={p.offset}>
          {p.segments.map((s, i) =>
            s.termIndex === undefined ? (
              s.text
            ) : (
              <mark
                key={i}
                class="tl-term"
                tabIndex={0}
                data-term={termIds[s.termIndex]}
                onMouseEnter={(e) => e.isTrusted && onTerm(termIds[s.termIndex!]!, e.currentTarget, { x: e.clientX, y: e.clientY })}
                onFocus={(e) => onTerm(termIds[s.termIndex!]!, e.currentTarget)}
                onClick={(e) => onTerm(termIds[s.termIndex!]!, e.currentTarget)}
              >
                {s.text}
              </mark>
            ),
          )}
        </p>
      ))}
      <TermPopover
        index={index}
        popover={popover}
        onOpenEntry={(id) => {
          popover.hide();
          onOpenEntry(id);
        }}
      />
    </div>
  );
}

/** A Range over [start, end) of the text as rendered, found through the paragraphs' offsets. */
function rangeAt(root: HTMLElement, start: number, end: number): Range | undefined {
  const range = document.createRange();
  let startSet = false;
  for (const p of root.querySelectorAll<HTMLElement>('p[data-offset]')) {
    let at = Number(p.dataset.offset);
    const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const next = at + node.data.length;
      if (!startSet && start >= at && start < next) {
        range.setStart(node, start - at);
        startSet = true;
      }
      if (startSet && end > at && end <= next) {
        range.setEnd(node, end - at);
        return range;
      }
      at = next;
    }
  }
  return startSet ? range : undefined;
}
