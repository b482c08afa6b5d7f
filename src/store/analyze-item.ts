// The work of one document in an ingest, as a worker thread does it: decode (refusing empty,
// binary and invalid UTF-8 input), analyze, refuse what is not Arabic, and return the rows of
// every table. Plain data in and out, so it crosses a thread boundary by structured clone.
import { analyzeDocument, toAnalysis } from '../analyze.js';
import { decodeInput, InputError } from '../model/read-input.js';
import { analysisRowsWithText } from '../tables/rows.js';
import { documentNotArabic, notArabicReason } from '../text/arabic-input.js';
import { applyRecordMeta, type RecordMeta } from './record-meta.js';
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

export function analyzeItem(item: WorkItem): WorkResult {
  const base = { input: item.input, id: item.id, size: item.bytes.length };
  let text: string;
  try {
    ({ text } = decodeInput(item.bytes, item.input));
  } catch (error) {
    if (error instanceof InputError) {
      // A record has a text, not a file: "empty file" would send the reader looking for one.
      const reason = item.record ? error.reason.replace(/^empty file/, 'empty text') : error.reason;
      return { ...base, ok: false, reason };
    }
    throw error;
  }
  // The same decision as analyze's (src/text/arabic-input.ts): first without the analysis.
  const noArabic = notArabicReason(text);
  if (noArabic) return { ...base, ok: false, reason: noArabic };
  try {
    const doc = analyzeDocument(text, { source: item.source, bytes: item.bytes });
    const notArabic = documentNotArabic(doc);
    if (notArabic) return { ...base, ok: false, reason: notArabic };
    applyRecordMeta(doc, item.record);
    const tables = tableJson(analysisRowsWithText(toAnalysis(doc), doc.text));
    return { ...base, ok: true, tables, recordId: item.record?.id ?? null, url: item.record?.url ?? null };
  } catch (error) {
    return { ...base, ok: false, reason: `analysis failed: ${error instanceof Error ? error.message : String(error)}` };
  }
}
