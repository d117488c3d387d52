/** Notes on bundled terms: layered over the bundled entry, which stays as it is. */
import type { ReaderDb } from './schema';

export async function setNote(db: ReaderDb, termId: string, text: string, now = Date.now()): Promise<void> {
  const trimmed = text.trim();
  // An emptied note is removed rather than kept as "": the card then shows no note section.
  if (trimmed === '') await db.notes.delete(termId);
  else await db.notes.put({ termId, text: trimmed, updatedAt: now });
}

export async function noteOf(db: ReaderDb, termId: string): Promise<string | undefined> {
  return (await db.notes.get(termId))?.text;
}
