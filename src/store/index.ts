// The corpus store: many articles in an embedded DuckDB file, queried across the corpus.
export { ingest, DEFAULT_MAX_BYTES, type IngestOptions, type IngestProgress, type IngestStats } from './ingest.js';
export { openStore, StoreError, type Store } from './open-store.js';
export { figuresQuery, checkFigureFilter, FIGURE_TABLE_COLUMNS, type FigureFilter } from './figures-query.js';
export { exportParquet, type ExportedTable } from './export-parquet.js';
export { writeResult, formatTable, displayWidth, FORMATS, type Format } from './format-result.js';
export { storeColumns, ensureSchema, DOCUMENT_TABLES } from './schema.js';
export { analyzedLineItem } from './analyzed-lines.js';
export { readRecord, isoDate, type RecordMeta } from './record-meta.js';
export { expandPaths, readInputItems, docBlocks, type InputItem } from './read-inputs.js';
