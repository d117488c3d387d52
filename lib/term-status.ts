/**
 * What the reader decided about a term. Its own module, apart from the database, so the content
 * script and the card can name statuses without reaching the code that opens the reader's data.
 */
export type TermStatus = 'new' | 'learning' | 'known' | 'ignored';
export const TERM_STATUSES: readonly TermStatus[] = ['new', 'learning', 'known', 'ignored'];

export function isTermStatus(value: unknown): value is TermStatus {
  return typeof value === 'string' && (TERM_STATUSES as readonly string[]).includes(value);
}
