// What the two name harvests (npm run harvest:tagged, src/ner/harvest-tagged-cli.ts; npm run
// harvest:rules, src/scripts/harvest-rule-names.ts) share: the walk over the unlabeled news
// (every Nth article, at most N, progress on stderr), the counts they can save and read back
// instead of walking again, and the TSV they write with its header.
import { readFileSync, writeFileSync } from 'node:fs';
import { TaggedHarvest, type KeptName, type NameCounts } from './harvest-tagged.js';
import { readUnlabeled, type UnlabeledArticle } from './unlabeled.js';

/** The corpus sentence of each harvest's header: its three sources. */
export const UNLABELED_SOURCES =
  'SaudiNewsNet (Alhagri 2015, CC BY-NC-SA 4.0), ANT Corpus v2.1 multi-source and v1.1 JawharaFM (Chouigui et al. 2017, 2021, Apache-2.0)';

/** What --counts writes: the walk, every name's counts and what the harvest adds of its own. */
export interface HarvestCounts {
  seen: number;
  articles: number;
  outlets: string[];
  names: NameCounts[];
  [extra: string]: unknown;
}

export interface HarvestWalk {
  harvest: TaggedHarvest;
  /** Articles read (every Nth of them harvested). */
  seen: number;
  /** Articles harvested. */
  articles: number;
  outlets: Set<string>;
  /** The saved counts when they were read instead of walking the news, else null. */
  saved: HarvestCounts | null;
}

export interface HarvestWalkOptions {
  /** ../shared: the news is its unlabeled/ folder. */
  shared: string;
  every: number;
  /** 0: no limit. */
  maxArticles: number;
  /** Saved counts to read instead of walking (--from-counts). */
  fromCounts?: string;
  /** Progress on stderr every this many articles. */
  progressEvery: number;
  log(message: string): void;
  /** The names of one article, added to the harvest by the caller (harvest.addArticle). */
  harvestArticle(article: UnlabeledArticle, harvest: TaggedHarvest): void;
}

/** Harvests the unlabeled news, or reads the counts a walk saved. */
export async function walkUnlabeled(o: HarvestWalkOptions): Promise<HarvestWalk> {
  const started = Date.now();
  const outlets = new Set<string>();
  if (o.fromCounts) {
    const saved = JSON.parse(readFileSync(o.fromCounts, 'utf8')) as HarvestCounts;
    for (const outlet of saved.outlets) outlets.add(outlet);
    return { harvest: TaggedHarvest.fromCounts(saved.names), seen: saved.seen, articles: saved.articles, outlets, saved };
  }
  const harvest = new TaggedHarvest();
  let seen = 0;
  let articles = 0;
  for await (const article of readUnlabeled(`${o.shared}/unlabeled`)) {
    if (seen++ % o.every !== 0) continue;
    if (o.maxArticles > 0 && articles >= o.maxArticles) break;
    articles++;
    outlets.add(article.outlet);
    o.harvestArticle(article, harvest);
    if (articles % o.progressEvery === 0) o.log(`${articles} articles (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  }
  return { harvest, seen, articles, outlets, saved: null };
}

/** Writes every name's counts (--counts), with the harvest's own fields. */
export function saveCounts(file: string, walk: HarvestWalk, extra: Record<string, unknown> = {}): void {
  const saved: HarvestCounts = {
    ...extra,
    seen: walk.seen,
    articles: walk.articles,
    outlets: [...walk.outlets].sort(),
    names: walk.harvest.counts(),
  };
  writeFileSync(file, JSON.stringify(saved));
}

/** How many kept names are of one type. */
export function countType(kept: readonly KeptName[], type: string): number {
  return kept.filter((n) => n.type === type).length;
}

/** The kept names as a TSV: the header lines (each written with "# "), the column names, a row a name. */
export function writeHarvest(
  file: string,
  header: readonly string[],
  columns: readonly string[],
  rows: readonly (readonly unknown[])[],
): void {
  const lines = header
    .map((h) => `# ${h}`)
    .concat(
      [columns.join('\t')],
      rows.map((r) => r.join('\t')),
    );
  writeFileSync(file, lines.join('\n') + '\n');
}
