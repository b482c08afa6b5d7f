// What `arqam projects --consolidated` and `arqam report` share: the store opened for reading
// with its consolidation up to date (a line on stderr when it had to be brought up to date),
// a store that cannot be opened an error line naming it and exit status 1, the store closed
// after use whatever happens.
import { describeConsolidation, openConsolidated } from '../../consolidate/open-consolidated.js';
import { StoreError, type Store } from '../../store/open-store.js';
import { EXIT_OK, EXIT_SOME_FAILED } from '../exit-codes.js';

export async function withConsolidatedStore(
  db: string,
  setStatus: (code: number) => void,
  use: (store: Store) => Promise<void>,
): Promise<void> {
  let opened;
  try {
    opened = await openConsolidated(db, (l) => process.stderr.write(`arqam ${l}\n`));
  } catch (error) {
    if (error instanceof StoreError) {
      process.stderr.write(`arqam: ${error.message}\n`);
      setStatus(EXIT_SOME_FAILED);
      return;
    }
    throw error;
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
