// The work of one document in an ingest, as a worker thread does it: decode (refusing empty,
// binary and invalid UTF-8 input), analyze, refuse what is not Arabic, and return the rows of
// every table. Plain data in and out, so it crosses a thread boundary by structured clone.
import { createHash } from 'node:crypto';
import { analyzeDocument, toAnalysis } from '../analyze.js';
import type { Doc } from '../model/document.js';
import { decodeInput, InputError } from '../model/read-input.js';
import { analysisRowsWithText } from '../tables/rows.js';
import { documentNotArabic, notArabicReason } from '../text/arabic-input.js';
import type { RecordMeta } from './record-meta.js';
import { tableJson, type TableJson } from './row-json.js';

export interface WorkItem {
  input: string;
  id: string;
  bytes: Uint8Array;
  source: string;
  record?: RecordMeta;
}

export type WorkResult =
  | { input: string; id: string; size: number; ok: true; tables: TableJson; recordId?: string | null; url?: string | null }
  | { input: string; id: string; size: number; ok: false; reason: string };

/** The whole SHA-256 of a document's bytes, in hex; its first 16 digits are the document id. */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** A document analyzed, or why it is refused. */
export type Checked = { ok: true; doc: Doc } | { ok: false; reason: string };

/**
 * The analysis of one input as ingest and extract both decide it: decode (refusing empty, binary
 * and invalid UTF-8 input), refuse what is not Arabic, analyze, and put the record's metadata
 * over what the page layout read. `input` names the input in the reasons.
 */
export function analyzeChecked(bytes: Uint8Array, input: string, source: string | null, record?: RecordMeta): Checked {
  let text: string;
  try {
    ({ text } = decodeInput(bytes, input));
  } catch (error) {
    if (error instanceof InputError) {
      // A record has a text, not a file: "empty file" would send the reader looking for one.
      const reason = record ? error.reason.replace(/^empty file/, 'empty text') : error.reason;
      return { ok: false, reason };
    }
    throw error;
  }
  // The decision analyze takes too (src/text/arabic-input.ts): first on the text, then on the
  // language the analysis detected.
  const noArabic = notArabicReason(text);
  if (noArabic) return { ok: false, reason: noArabic };
  try {
    const doc = analyzeDocument(text, { source, bytes, meta: record ?? undefined });
    const notArabic = documentNotArabic(doc);
    if (notArabic) return { ok: false, reason: notArabic };
    return { ok: true, doc };
  } catch (error) {
    return { ok: false, reason: `analysis failed: ${error instanceof Error ? error.message : String(error)}` };
  }
}

export function analyzeItem(item: WorkItem): WorkResult {
  const base = { input: item.input, id: item.id, size: item.bytes.length };
  const checked = analyzeChecked(item.bytes, item.input, item.source, item.record);
  if (!checked.ok) return { ...base, ok: false, reason: checked.reason };
  const { doc } = checked;
  try {
    const tables = tableJson(analysisRowsWithText(toAnalysis(doc), doc.text), sha256Hex(item.bytes));
    return { ...base, ok: true, tables, recordId: item.record?.id ?? null, url: item.record?.url ?? null };
  } catch (error) {
    return { ...base, ok: false, reason: `analysis failed: ${error instanceof Error ? error.message : String(error)}` };
  }
}
