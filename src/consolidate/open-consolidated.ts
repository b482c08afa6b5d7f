// Opens a store for reading with its consolidation up to date: when documents were ingested
// since the last consolidation (or the store has none yet), it is brought up to date first,
// on a writing connection, with a line on stderr; then the store is opened read-only.
import { openStore, type Store } from '../store/open-store.js';
import { consolidateStore, consolidationIsCurrent, type ConsolidationStats } from './store-consolidation.js';

export async function openConsolidated(
  db: string,
  progress: (line: string) => void = () => {},
): Promise<{ store: Store; updated: ConsolidationStats | null }> {
  let store = await openStore(db, { readOnly: true });
  if (await consolidationIsCurrent(store.conn)) return { store, updated: null };
  store.close();
  const writer = await openStore(db);
  let updated: ConsolidationStats;
  try {
    updated = await consolidateStore(writer.conn, { progress });
  } finally {
    writer.close();
  }
  store = await openStore(db, { readOnly: true });
  return { store, updated };
}

/** One line about a consolidation run, for stderr. */
export function describeConsolidation(s: ConsolidationStats): string {
  const scope = s.full ? 'every document' : `${s.documents} changed document${s.documents === 1 ? '' : 's'}`;
  return `consolidated ${scope}: ${s.records} projects in ${s.blocks} country block${s.blocks === 1 ? '' : 's'} → ${s.clusters} projects, ${s.merged} reported by several documents; ${s.entityDocuments} entity rows; ${s.seconds.toFixed(2)} s`;
}
