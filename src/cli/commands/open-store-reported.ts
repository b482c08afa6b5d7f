// How the store commands open a store: one that cannot be opened (StoreError: missing, not a
// store, locked) is an error line naming it, and the caller gets null to return with exit
// status 1; any other error propagates. `arqam projects --consolidated` and `arqam report`
// also share the store opened for reading with its consolidation up to date (a line on stderr
// when it had to be brought up to date), closed after use whatever happens.
import { describeConsolidation, openConsolidated } from '../../consolidate/open-consolidated.js';
import { StoreError, type Store } from '../../store/open-store.js';
import { EXIT_OK, EXIT_SOME_FAILED } from '../exit-codes.js';

/** What `open` gives, or null after writing the StoreError on stderr. */
export async function openOrReport<T>(open: () => Promise<T>): Promise<T | null> {
  try {
    return await open();
  } catch (error) {
    if (!(error instanceof StoreError)) throw error;
    process.stderr.write(`arqam: ${error.message}\n`);
    return null;
  }
}

export async function withConsolidatedStore(
  db: string,
  setStatus: (code: number) => void,
  use: (store: Store) => Promise<void>,
): Promise<void> {
  const opened = await openOrReport(() => openConsolidated(db, (l) => process.stderr.write(`arqam ${l}\n`)));
  if (!opened) {
    setStatus(EXIT_SOME_FAILED);
    return;
  }
  const { store, updated } = opened;
  if (updated) process.stderr.write(`arqam: ${describeConsolidation(updated)}\n`);
  try {
    await use(store);
    setStatus(EXIT_OK);
  } finally {
    store.close();
  }
}
