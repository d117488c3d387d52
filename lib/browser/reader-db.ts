/**
 * The reader's database in this extension page or background (never in a content script, where
 * IndexedDB would belong to the page's origin). One connection per page.
 */
import { openReaderDb, type ReaderDb } from '../db/schema';
import { send } from './messaging';

let db: ReaderDb | undefined;

export function readerDb(): ReaderDb {
  return (db ??= openReaderDb());
}

/** Tells the background the own terms, notes or statuses changed, so every tab's marks follow. */
export async function announceReaderDataChanged(): Promise<void> {
  await send({ type: 'reader-data-changed' });
}
