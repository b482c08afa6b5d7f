// Compares the document metadata (title, date, site, author, language) with the gold's, after
// the fold and with runs of spaces made one, so «نيروز الإخبارية» = «نيروز الاخبارية».
import type { DocumentInfo } from '../model/types.js';
import { foldString } from '../text/normalize/index.js';
import type { GoldMeta } from './gold-format.js';

export const META_FIELDS = ['title', 'published', 'site', 'author', 'language'] as const;
export type MetaField = (typeof META_FIELDS)[number];

export interface MetaFieldScore {
  gold: string | null;
  system: string | null;
  same: boolean;
}

export type MetaScores = Partial<Record<MetaField, MetaFieldScore>>;

const clean = (s: string) => foldString(s).replace(/\s+/g, ' ').trim();

/** One entry per field the gold states. */
export function scoreMeta(gold: GoldMeta, system: Pick<DocumentInfo, MetaField>): MetaScores {
  const out: MetaScores = {};
  for (const f of META_FIELDS) {
    const g = gold[f];
    if (g === undefined || g === null || g === '') continue;
    const s = system[f] ?? null;
    out[f] = { gold: g, system: s, same: s !== null && clean(s) === clean(g) };
  }
  return out;
}

/** Per field: of the documents whose gold states it, how many the system has the same. */
export function sumMeta(docs: readonly MetaScores[]): Record<string, { same: number; of: number }> {
  const out: Record<string, { same: number; of: number }> = {};
  for (const f of META_FIELDS) {
    for (const d of docs) {
      const s = d[f];
      if (!s) continue;
      out[f] ??= { same: 0, of: 0 };
      out[f].of++;
      if (s.same) out[f].same++;
    }
  }
  return out;
}
