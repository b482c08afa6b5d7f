// Times the consolidation of a store (issue 19: a month of SaudiNewsNet, about 20,000 articles,
// in under 60 s): a copy of the store is consolidated from scratch (every project re-clustered,
// every table rewritten), then again after 100 documents are marked as new, which re-clusters
// only the country blocks they touch. The store given is never changed.
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { consolidateStore, type ConsolidationStats } from '../consolidate/store-consolidation.js';
import { openStore } from '../store/open-store.js';
import { now } from './stats.js';

export interface ConsolidateBench {
  store: string;
  documents: number;
  projects: number;
  /** Wall time, and the CPU time of the process (user + system: JavaScript and DuckDB's threads),
   *  which says more than the wall time on a machine shared with others. */
  full: { ms: number; cpuMs: number; stats: ConsolidationStats };
  incremental: { ms: number; cpuMs: number; stats: ConsolidationStats };
  peakRssMB: number;
}

export async function benchConsolidate(db: string, progress: (s: string) => void = () => {}): Promise<ConsolidateBench> {
  if (!existsSync(db)) throw new Error(`${db}: no such store`);
  const dir = mkdtempSync(join(tmpdir(), 'arqam-bench-consolidate-'));
  try {
    const copy = join(dir, 'store.duckdb');
    copyFileSync(db, copy);
    if (existsSync(`${db}.wal`)) copyFileSync(`${db}.wal`, `${copy}.wal`);
    const store = await openStore(copy);
    try {
      const count = async (sql: string) => Number((await store.conn.runAndReadAll(sql)).getRowsJS()[0][0]);
      const documents = await count('SELECT count(*) FROM documents');
      const projects = await count('SELECT count(*) FROM projects');
      progress(`consolidation: ${documents} documents, ${projects} projects, from scratch`);
      const cpu = () => {
        const u = process.cpuUsage();
        return (u.user + u.system) / 1000;
      };
      let t0 = now();
      let c0 = cpu();
      const full = await consolidateStore(store.conn, { full: true });
      const fullMs = now() - t0;
      const fullCpu = cpu() - c0;
      // 100 documents that have projects, as if just ingested.
      await store.conn.run(
        `DELETE FROM consolidation_docs WHERE doc_id IN (SELECT DISTINCT doc_id FROM projects ORDER BY doc_id LIMIT 100)`,
      );
      progress('consolidation: after 100 new documents');
      t0 = now();
      c0 = cpu();
      const incremental = await consolidateStore(store.conn);
      const incMs = now() - t0;
      const incCpu = cpu() - c0;
      return {
        store: db,
        documents,
        projects,
        full: { ms: fullMs, cpuMs: fullCpu, stats: full },
        incremental: { ms: incMs, cpuMs: incCpu, stats: incremental },
        peakRssMB: process.resourceUsage().maxRSS / 1024,
      };
    } finally {
      store.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
