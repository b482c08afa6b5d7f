// Which riyal, dinar, pound, dirham, lira, franc or rupee a bare currency word means: first the
// figure's own context — the country named nearest to it in its sentence, else in its paragraph,
// and for a riyal the Saudi cue المملكة ("أنفقت المملكة 400 مليار ريال" in an article that also
// speaks of Iran is Saudi) — then the article: the currencies it names explicitly ("ريال عماني"
// elsewhere makes a bare "ريال" Omani), the countries it mentions, the outlet's country, and the
// usual default (ريال → SAR, جنيه → EGP, درهم → AED). The country words (names, capitals and
// nisbas) are data: data/lexicon/currency-countries.tsv.
import type { Figure } from '../model/types.js';
import { foldString } from '../text/normalize/index.js';
import type { Token } from '../text/token.js';
import { TypeFlag, typeIdsOf } from '../text/type-flag.js';
import type { CurrencyFamily } from './lexicon/units.js';
import { LEXICON_DIR } from '../lexicon/load-lexicons.js';
import { readTsv, TsvError } from '../lexicon/read-tsv.js';

interface FamilyRule {
  /** Currency code → country whose mentions count for it. */
  codes: [string, string][];
  /** Code when nothing in the article decides (null: leave the unit unknown). */
  fallback: string | null;
}

const FAMILIES: Record<CurrencyFamily, FamilyRule> = {
  riyal: {
    codes: [
      ['SAR', 'SA'],
      ['QAR', 'QA'],
      ['OMR', 'OM'],
      ['YER', 'YE'],
      ['IRR', 'IR'],
      ['BRL', 'BR'],
    ],
    fallback: 'SAR',
  },
  dinar: {
    codes: [
      ['KWD', 'KW'],
      ['BHD', 'BH'],
      ['JOD', 'JO'],
      ['IQD', 'IQ'],
      ['TND', 'TN'],
      ['DZD', 'DZ'],
      ['LYD', 'LY'],
      ['RSD', 'RS'],
    ],
    fallback: null,
  },
  pound: {
    codes: [
      ['EGP', 'EG'],
      ['GBP', 'GB'],
      ['SDG', 'SD'],
      ['SSP', 'SS'],
    ],
    fallback: 'EGP',
  },
  dirham: {
    codes: [
      ['AED', 'AE'],
      ['MAD', 'MA'],
    ],
    fallback: 'AED',
  },
  lira: {
    codes: [
      ['TRY', 'TR'],
      ['LBP', 'LB'],
      ['SYP', 'SY'],
    ],
    fallback: null,
  },
  franc: {
    codes: [
      ['CHF', 'CH'],
      ['XOF', 'SN'],
    ],
    fallback: 'CHF',
  },
  rupee: {
    codes: [
      ['INR', 'IN'],
      ['PKR', 'PK'],
      ['IDR', 'ID'],
      ['LKR', 'LK'],
    ],
    fallback: 'INR',
  },
  dollar: { codes: [['USD', 'US']], fallback: 'USD' },
};

/** Folded name, capital or nisba → the country it names (data/lexicon/currency-countries.tsv; a later row wins). */
const COUNTRY_OF: ReadonlyMap<string, string> = (() => {
  const t = readTsv(new URL('currency-countries.tsv', LEXICON_DIR), ['country', 'form']);
  const out = new Map<string, string>();
  for (const { line, record } of t.rows) {
    if (!/^[A-Z]{2}$/.test(record.country) || record.form === '') throw new TsvError(t.file, line, 'a row needs a country code and a form');
    out.set(foldString(record.form), record.country);
  }
  return out;
})();

/** Site (lower case, no spaces or dots) → the country its outlet writes for (data/lexicon/site-countries.tsv). */
const SITE_COUNTRY: ReadonlyMap<string, string> = (() => {
  const t = readTsv(new URL('site-countries.tsv', LEXICON_DIR), ['site', 'country']);
  const out = new Map<string, string>();
  for (const { line, record } of t.rows) {
    if (!/^[A-Z]{2}$/.test(record.country) || record.site === '') throw new TsvError(t.file, line, 'a row needs a site and a country code');
    out.set(siteKey(record.site), record.country);
  }
  return out;
})();

function siteKey(site: string): string {
  return site.toLowerCase().replace(/[\s.]+/g, '');
}

/** The country of the outlet a page names as its site (Jawhara FM → TN), or null. */
export function siteCountryOf(site: string | null): string | null {
  return site ? (SITE_COUNTRY.get(siteKey(site)) ?? null) : null;
}

const KINGDOM = foldString('المملكة');
const ARAB = foldString('العربية');

/** The country token t names (a name, capital or nisba), with a leading clitic taken off. */
function countryOf(t: Token): string | undefined {
  if (t.kind !== 'arabic') return undefined;
  return COUNTRY_OF.get(t.norm) ?? COUNTRY_OF.get(strip(t.norm)) ?? COUNTRY_OF.get(t.base);
}

/** A word countryOf reads as a country, or المملكة with or without a leading clitic: asked once per word type. */
const MAY_NAME_COUNTRY = new TypeFlag((t) => countryOf(t) !== undefined || t.norm === KINGDOM || strip(t.norm) === KINGDOM);

function strip(w: string): string {
  if (w.length > 4 && (w[0] === 'و' || w[0] === 'ف' || w[0] === 'ب' || w[0] === 'ل')) return w.slice(1);
  return w;
}

/** Country mention counts over the tokens of the article body. */
export function countCountries(tokens: readonly Token[]): Map<string, number> {
  const counts = new Map<string, number>();
  const ids = typeIdsOf(tokens);
  for (let k = 0; k < tokens.length; k++) {
    if (!MAY_NAME_COUNTRY.ofType(ids[k], tokens[k])) continue;
    const t = tokens[k];
    if (t.kind !== 'arabic') continue;
    const cc = countryOf(t);
    if (cc) counts.set(cc, (counts.get(cc) ?? 0) + 1);
  }
  return counts;
}

/** A sentence's token range, for the figure's own context. */
export interface SentenceRange {
  start: number;
  end: number;
  tokenStart: number;
  tokenEnd: number;
}

/**
 * The code a country named in tokens [from, to) gives a currency of `rule`, the one nearest to
 * offset `at`; for a riyal المملكة (not المملكة المتحدة/المغربية/الأردنية ...) is Saudi Arabia.
 */
function nearestCode(tokens: readonly Token[], from: number, to: number, at: number, rule: FamilyRule, riyal: boolean): string | null {
  let best: string | null = null;
  let bestD = Infinity;
  const ids = typeIdsOf(tokens);
  for (let k = from; k < to; k++) {
    // Most words name no country (and are no المملكة): passed over by their type's flag.
    if (!MAY_NAME_COUNTRY.ofType(ids[k], tokens[k])) continue;
    const t = tokens[k];
    let cc = countryOf(t);
    if (!cc && riyal && (t.norm === KINGDOM || strip(t.norm) === KINGDOM)) {
      const next = k + 1 < to ? tokens[k + 1] : undefined;
      if (!next || !next.norm.startsWith('ال') || next.norm === ARAB) cc = 'SA';
    }
    if (!cc) continue;
    const code = rule.codes.find(([, c]) => c === cc)?.[0];
    if (!code) continue;
    const d = t.start >= at ? t.start - at : at - t.end;
    if (d < bestD) [best, bestD] = [code, d];
  }
  return best;
}

/** The sentences of the paragraph of sentence `i`: its neighbours with no line break between. */
function paragraphOf(text: string, sentences: readonly SentenceRange[], i: number): [number, number] {
  let a = i;
  while (a > 0 && !text.slice(sentences[a - 1].end, sentences[a].start).includes('\n')) a--;
  let b = i;
  while (b + 1 < sentences.length && !text.slice(sentences[b].end, sentences[b + 1].start).includes('\n')) b++;
  return [a, b];
}

/**
 * Gives a currency code to money figures whose word left it open (`family` set, unit null): from
 * the country named nearest to the figure in its sentence or paragraph (when `sentences` and
 * `text` are given), else from the explicit currencies of the same article, its country mentions
 * and the site country.
 */
export function resolveCurrencies(
  figures: { fig: Figure; family?: CurrencyFamily }[],
  tokens: readonly Token[],
  siteCountry: string | null,
  context?: { text: string; sentences: readonly SentenceRange[] },
): void {
  const open = figures.filter((f) => f.family !== undefined && f.fig.unit === null);
  if (open.length === 0) return;
  let countries: Map<string, number> | null = null;
  const chosen = new Map<CurrencyFamily, string | null>();
  for (const f of open) {
    const family = f.family!;
    const sentence = context?.sentences[f.fig.sentence];
    if (context && sentence) {
      const rule = FAMILIES[family];
      const riyal = family === 'riyal';
      let local = nearestCode(tokens, sentence.tokenStart, sentence.tokenEnd, f.fig.start, rule, riyal);
      if (!local) {
        const [a, b] = paragraphOf(context.text, context.sentences, f.fig.sentence);
        local = nearestCode(tokens, context.sentences[a].tokenStart, context.sentences[b].tokenEnd, f.fig.start, rule, riyal);
      }
      if (local) {
        f.fig.unit = local;
        continue;
      }
    }
    if (!chosen.has(family)) {
      const rule = FAMILIES[family];
      const codes = new Set(rule.codes.map(([c]) => c));
      // 1. The article's explicit currencies of this family.
      const explicit = new Map<string, number>();
      for (const g of figures) if (g.fig.unit && codes.has(g.fig.unit)) explicit.set(g.fig.unit, (explicit.get(g.fig.unit) ?? 0) + 1);
      let best: string | null = null;
      let bestN = 0;
      for (const [c, n] of explicit) if (n > bestN) [best, bestN] = [c, n];
      if (!best) {
        // 2. The countries the article is about (the site's country counts twice).
        countries ??= countCountries(tokens);
        for (const [code, cc] of rule.codes) {
          const n = (countries.get(cc) ?? 0) + (siteCountry === cc ? 2 : 0);
          if (n > bestN) [best, bestN] = [code, n];
        }
        const fallbackN = rule.fallback ? (countries.get(rule.codes.find(([c]) => c === rule.fallback)?.[1] ?? '') ?? 0) : 0;
        // The usual currency keeps its place unless another country clearly dominates.
        if (best !== rule.fallback && rule.fallback && (bestN < 2 || bestN <= fallbackN)) best = rule.fallback;
        if (!best) best = rule.fallback;
      }
      chosen.set(family, best);
    }
    f.fig.unit = chosen.get(family) ?? null;
  }
}
