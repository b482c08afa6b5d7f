// Readers of the NER corpora in ../shared/ner into training sentences, and the held-out split.
// ANERcorp (Benajiba et al. 2007; CAMeL Lab split, Obeid et al. 2020) is the reference; AQMAR
// (Mohit et al. 2012) and WikiFANE (Alotaibi & Lee 2014) are mapped onto its four types.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseConll, type ConllSentence } from './read-conll.js';
import { parseTag, TAG_INDEX } from './tags.js';
import type { TrainingSentence } from './train.js';

/** Turns CoNLL sentences into training sentences; `mapTag` gives a tag index or -1 (error). */
export function toTrainingSentences(
  sentences: readonly ConllSentence[],
  name: string,
  mapTag: (tag: string) => number = parseTag,
): TrainingSentence[] {
  return sentences.map((s) => {
    const tags = new Uint8Array(s.tokens.length);
    s.tags.forEach((tag, i) => {
      const t = tag === null ? -1 : mapTag(tag);
      if (t < 0) throw new Error(`${name}:${s.line + i}: unknown tag ${tag === null ? '(none)' : JSON.stringify(tag)}`);
      tags[i] = t;
    });
    repairIob2(tags);
    return { tokens: s.tokens, tags };
  });
}

/** Turns an I-X that does not continue an X into B-X (IOB1 leftovers and annotation slips). */
export function repairIob2(tags: Uint8Array): void {
  for (let i = 0; i < tags.length; i++) {
    const t = tags[i];
    if (t > 0 && (t & 1) === 0) {
      const prev = i > 0 ? tags[i - 1] : 0;
      if (prev !== t && prev !== t - 1) tags[i] = t - 1;
    }
  }
}

/** A CoNLL file with ANERcorp's tags (`TOKEN TAG`, IOB2, PERS LOC ORG MISC). */
export function readAnercorp(path: string): TrainingSentence[] {
  return toTrainingSentences(parseConll(readFileSync(path, 'utf8')), path);
}

// AQMAR writes PER and MIS0..MIS3 (its article-specific miscellaneous classes), with a few slips.
function aqmarTag(tag: string): number {
  const m = /^([BI])-+([A-Z]+)/.exec(tag.toUpperCase());
  if (!m) return tag === 'O' || tag === 'OO' || tag === 'IO' ? 0 : -1;
  const type = m[2].startsWith('PER') ? 'PERS' : m[2] === 'LOC' || m[2] === 'ORG' ? m[2] : m[2].startsWith('MIS') ? 'MISC' : 'O';
  return type === 'O' ? 0 : TAG_INDEX.get(`${m[1]}-${type}`)!;
}

/** The AQMAR articles of a folder (`TOKEN TAG` files). */
export function readAqmar(dir: string): TrainingSentence[] {
  const out: TrainingSentence[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    const path = join(dir, file);
    out.push(...toTrainingSentences(parseConll(readFileSync(path, 'utf8')), path, aqmarTag));
  }
  return out;
}

// WikiFANE's fine types (ACE-style) onto ANERcorp's: people, places (geo-political, natural and
// facilities), organisations, and products, vehicles and weapons as MISC. Groups of people
// (العرب، المسلمين) are O, as ANERcorp leaves them.
const WIKIFANE_TYPES: Record<string, string> = {
  Politician: 'PERS',
  Religious_PER: 'PERS',
  Artist: 'PERS',
  Other_PER: 'PERS',
  Scientist: 'PERS',
  Athlete: 'PERS',
  Businessperson: 'PERS',
  Engineer: 'PERS',
  Lawyer: 'PERS',
  Police: 'PERS',
  Group: 'O',
  Nation: 'LOC',
  'Population-Center': 'LOC',
  'State-or-Province': 'LOC',
  'County-or-District': 'LOC',
  Continent: 'LOC',
  'GPE-Cluster': 'LOC',
  'Water-Body': 'LOC',
  'Land-Region-Natural': 'LOC',
  Celestial: 'LOC',
  'Building-Grounds': 'LOC',
  Path: 'LOC',
  Airport: 'LOC',
  'Subarea-Facility': 'LOC',
  Commercial: 'ORG',
  'Non-Governmental': 'ORG',
  Government: 'ORG',
  Educational: 'ORG',
  Media: 'ORG',
  Sports: 'ORG',
  Religious_ORG: 'ORG',
  'Medical-Science': 'ORG',
  Entertainment: 'ORG',
  Book: 'MISC',
  Software: 'MISC',
  Hardware: 'MISC',
  Movie: 'MISC',
  Sound: 'MISC',
  Food: 'MISC',
  Drug: 'MISC',
  Plant: 'MISC',
  Air: 'MISC',
  Water: 'MISC',
  Land: 'MISC',
  Projectile: 'MISC',
  Nuclear: 'MISC',
  Shooting: 'MISC',
  Blunt: 'MISC',
  Exploding: 'MISC',
  Chemical: 'MISC',
  Sharp: 'MISC',
};

function wikifaneTag(tag: string): number {
  if (tag === 'O') return 0;
  const m = /^([BI])-(.+)$/.exec(tag);
  const type = m ? WIKIFANE_TYPES[m[2]] : undefined;
  if (!m || !type) return -1;
  return type === 'O' ? 0 : TAG_INDEX.get(`${m[1]}-${type}`)!;
}

/** WikiFANE gold (tab-separated, CRLF, BOM), fine types mapped to PERS/LOC/ORG/MISC. */
export function readWikifane(path: string): TrainingSentence[] {
  return toTrainingSentences(parseConll(readFileSync(path, 'utf8')), path, wikifaneTag);
}

/**
 * Splits a corpus at the sentence holding its last `fraction` of tokens: the first part for
 * training, the rest held out (the ANERcorp train file's last tenth is the dev set).
 */
export function splitHeldOut<S extends { tokens: readonly string[] }>(
  sentences: readonly S[],
  fraction: number,
): { train: S[]; heldOut: S[] } {
  const total = sentences.reduce((n, s) => n + s.tokens.length, 0);
  const limit = total * (1 - fraction);
  let seen = 0;
  let cut = sentences.length;
  for (let i = 0; i < sentences.length; i++) {
    if (seen >= limit) {
      cut = i;
      break;
    }
    seen += sentences[i].tokens.length;
  }
  return { train: sentences.slice(0, cut), heldOut: sentences.slice(cut) };
}

/** The share of ANERcorp's train split, at its end, that train:ner holds out as its dev set (its default; the tagger's dev set in npm run eval). */
export const DEV_FRACTION = 0.1;

/**
 * The part of ANERcorp's train split under `shared` (../shared) that the tagger learns from, its
 * first nine tenths: what word counts, class names and gold-name lists may read without seeing the
 * dev tenth.
 */
export function readAnercorpTrainingPart(shared: string): TrainingSentence[] {
  return splitHeldOut(readAnercorp(join(shared, 'ner/anercorp/ANERCorp_CamelLab_train.txt')), DEV_FRACTION).train;
}

/**
 * Cuts a corpus into `k` contiguous blocks of about equal token counts, at sentence boundaries
 * (the blocks of a document-level cross-validation: ANERcorp marks no article boundaries, and
 * contiguous blocks keep each article whole but at most the one a cut falls in).
 */
export function splitBlocks<S extends { tokens: readonly string[] }>(sentences: readonly S[], k: number): S[][] {
  if (!Number.isInteger(k) || k < 2) throw new Error(`splitBlocks: k must be an integer of at least 2, got ${k}`);
  const total = sentences.reduce((n, s) => n + s.tokens.length, 0);
  const blocks: S[][] = Array.from({ length: k }, () => []);
  let seen = 0;
  for (const s of sentences) {
    // The block the sentence's first token falls in.
    const b = Math.min(k - 1, Math.floor((seen * k) / total));
    blocks[b].push(s);
    seen += s.tokens.length;
  }
  return blocks;
}
