// Builds data/lexicon/places-harvested.tsv: places no hand or generated lexicon lists, learned from
// the unlabeled news of ../shared/unlabeled through the words that announce them (مدينة X، محافظة X،
// ولاية X، معتمدية X، بلدة X، حقل X، ميناء X ...); see src/entities/harvest/harvest-places.ts for
// the two passes and the evidence each name must have.
// Run: npm run lexicon:harvest-places [-- SHARED_DIR [MAX_ARTICLES]]
// Streams the gzip files line by line (two passes, about two minutes on one core; memory bounded
// by the distinct candidate names, a few hundred MB at most).
import { createReadStream, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import {
  CueCollector,
  Confirmer,
  select,
  shortlist,
  THRESHOLDS,
  HARVEST_CUES,
  NAMED_AFTER_TOWN,
} from '../entities/harvest/harvest-places.js';
import { loadEntityLexicons } from '../entities/lexicon-data.js';
import { nameForms } from '../entities/gazetteer.js';
import { foldString } from '../text/normalize/index.js';
import { defaultWordKnowledge } from '../text/word-knowledge.js';
import { words } from '../lexicon/word-lists.js';

const shared = process.argv[2] ?? '../shared';
const maxArticles = Number(process.argv[3] ?? Infinity);
const FILES = ['saudinewsnet.jsonl.gz', 'ant-multisource.jsonl.gz', 'ant-jawharafm.jsonl.gz'];
const OUT = new URL('../../data/lexicon/places-harvested.tsv', import.meta.url);

interface Article {
  id: string;
  outlet: string;
  text: string;
}

async function* articles(): AsyncGenerator<Article> {
  for (const f of FILES) {
    let n = 0;
    const rl = createInterface({ input: createReadStream(join(shared, 'unlabeled', f)).pipe(createGunzip()), crlfDelay: Infinity });
    for await (const line of rl) {
      if (line.trim() === '') continue;
      if (++n > maxArticles) break;
      const r = JSON.parse(line) as Partial<Article>;
      if (typeof r.text === 'string') yield { id: String(r.id ?? ''), outlet: String(r.outlet ?? f), text: r.text };
    }
    rl.close();
  }
}

// Words a name after a cue starts with that make it a person's or a title's, not a place's own:
// مدينة الملك عبدالله, مدينة الأمير سلطان, حقل الشيخ X are named after someone.
const TITLES: ReadonlySet<string> = words('harvest_title');
// First words that make the phrase a part or an office of a place, not a place's name: وسط الدمام,
// شمال X, مديرية أمن القاهرة (police), بلدية محافظة الخرج (a cue after a cue).
// The cues themselves too (بلدية محافظة الخبر): they were dropped when the list moved to
// entity-words.tsv (issue 18), which let محافظة X names through on the next run.
// And organisation heads: after the governor's cue (محافظ) a bank's name (محافظ بنك السودان) is no town.
const NOT_FIRST: ReadonlySet<string> = new Set([...words('harvest_not_first'), ...HARVEST_CUES.keys(), ...words('org_cue')]);

async function main(): Promise<void> {
  const knowledge = defaultWordKnowledge();
  const lex = loadEntityLexicons();
  const known = new Set<string>();
  // أبوعريش is أبو عريش: names are also compared without their spaces.
  const knownJoined = new Set<string>();
  const addKnown = (name: string): void => {
    const k = nameForms(name).join(' ');
    if (k) known.add(k);
    if (k) knownJoined.add(k.replace(/ /g, ''));
  };
  const given = new Set(lex.givenNames.map((g) => foldString(g.name)));
  for (const c of lex.countries) c.namesAr.forEach(addKnown);
  for (const a of lex.aliases) addKnown(a.alias);
  for (const r of lex.regions) r.namesAr.forEach(addKnown);
  for (const p of lex.places) p.namesAr.forEach(addKnown);
  for (const l of lex.locations) l.namesAr.forEach(addKnown);
  for (const o of lex.orgs) o.namesAr.forEach(addKnown);
  const countryWords = new Map<string, string>();
  const nisbaForms = new Set<string>();
  for (const n of lex.nisbas) {
    addKnown(n.masc[0] ?? '');
    for (const f of [...n.masc, ...n.fem, ...n.mascPl, ...n.femPl]) {
      addKnown(f);
      addKnown('ال' + f);
      // A nisba that is also a given name (تركي) votes for no country.
      if (!n.ambiguous && !f.includes(' ') && !given.has(foldString(f))) {
        countryWords.set(foldString(f), n.key);
        countryWords.set(foldString('ال' + f), n.key);
        nisbaForms.add(foldString(f));
        nisbaForms.add(foldString('ال' + f));
      }
    }
  }
  for (const c of lex.countries) for (const n of c.namesAr) if (!n.includes(' ')) countryWords.set(foldString(n), c.key);
  // A known town or province of one country votes for it too, after a settlement cue: local news names
  // its region (محافظة تنومة ... منطقة عسير) far more than its country, and a nisba nearby is often a
  // person's (الجالية الإثيوبية). One-word names only (the window is read word by word), not a name two
  // countries share (طرابلس).
  const placeCountry = new Map<string, string>();
  for (const p of lex.places) {
    if (!p.country) continue;
    for (const n of p.namesAr) {
      if (n.includes(' ')) continue;
      const f = foldString(n);
      const had = placeCountry.get(f);
      placeCountry.set(f, had === undefined || had === p.country ? p.country : '');
    }
  }
  const placeWords = new Map<string, string>();
  for (const [f, cc] of placeCountry) if (cc && !countryWords.has(f)) placeWords.set(f, cc);
  // A feature a lexicon lists with its cue (وادي الدواسر, a town of places.tsv) is known too; not a
  // camp, crossing or base named after its town (معبر رفح leaves the town رفح to learn).
  const featureCues = [...HARVEST_CUES].filter(([, kind]) => kind !== 'settlement' && !NAMED_AFTER_TOWN.has(kind)).map(([cue]) => cue);
  const isKnown = (key: string): boolean =>
    known.has(key) ||
    known.has('ال' + key) ||
    (key.startsWith('ال') && known.has(key.slice(2))) ||
    featureCues.some((cue) => known.has(`${cue} ${key}`));
  const skip = (key: string): boolean => {
    const first = key.split(' ')[0];
    return (
      TITLES.has(first) ||
      NOT_FIRST.has(first) ||
      given.has(first) ||
      given.has(key) ||
      countryWords.has(first) ||
      knownJoined.has(key.replace(/ /g, ''))
    );
  };

  const t0 = Date.now();
  const collector = new CueCollector(knowledge, (f) => nisbaForms.has(f));
  let n = 0;
  for await (const a of articles()) {
    collector.add(a.text, a.outlet);
    if (++n % 10000 === 0) process.stderr.write(`pass 1: ${n} articles, ${collector.stats.size} candidates\n`);
  }
  const keys = shortlist(collector.stats, skip, isKnown);
  process.stderr.write(
    `pass 1: ${n} articles, ${collector.stats.size} candidates, ${keys.length} shortlisted (${((Date.now() - t0) / 1000).toFixed(0)} s)\n`,
  );
  const confirmer = new Confirmer(keys, knowledge, countryWords, (f) => nisbaForms.has(f), placeWords);
  let m = 0;
  for await (const a of articles()) {
    confirmer.add(a.text, `${a.outlet}:${a.id}`);
    if (++m % 10000 === 0) process.stderr.write(`pass 2: ${m} articles\n`);
  }
  const rows = select(collector.stats, confirmer.found, collector.outlets);
  const th = THRESHOLDS;
  const header = [
    `# generated by src/scripts/harvest-places.ts (npm run lexicon:harvest-places) from ../shared/unlabeled (${FILES.join(', ')}: ${n} articles) — do not edit; rerun the script`,
    '# Places no other lexicon lists, learned through the words that announce them: ' + [...HARVEST_CUES.keys()].join('، ') + '.',
    `# Kept: at least ${th.minCount} cue occurrences in ${th.minArticles} articles, from ${th.minOutlets} outlets or after 2 cue types;`,
    `# the name ends there (next word a mark, function word or proclitic) in ${th.minClosed * 100}% of them; a longer name only where it holds ${th.extendShare * 100}%`,
    `# of its first words' occurrences; at least ${th.minCueShare * 100}% of all the name's occurrences after a cue (below ${th.ambiguousCueShare * 100}%: ambiguous = needs context).`,
    `# Left out: names the other lexicons have, names starting with a title or a given name (مدينة الملك عبدالله). country: the one named within 200`,
    `# characters of at least ${th.countryShare * 100}% of the cue occurrences' country mentions (and 3), else empty (a mention: a country's name or nisba, or a known town of one\n# country after a settlement cue, منطقة عسير); a one-word name whose form with the article\n# added or removed is ${th.maxOtherArticle * 100}% as frequent is a plain word (حدودية, البحيرة): left out\n# as a town, kept only with its feature word (وادي مجردة). type city: mostly settlement cues; else the feature's kind.\n# A stadium is listed after each of ملعب، استاد، ستاد; its bare name not where one word follows it in ${th.headShare * 100}% of its occurrences\n# (كوينز بارك رينجرز, a club) or where it starts with a foreign particle (دو فرانس).`,
    '# Evidence columns: articles, outlets, cue_count and cue_kinds (occurrences after each kind of cue), total (all occurrences), cue_share, examples (outlet:id).',
    '# Source: SaudiNewsNet (CC BY-NC-SA 4.0), ANT Corpus (Apache-2.0); only names and counts are stored here.',
  ];
  const cols = [
    'key',
    'name_ar',
    'type',
    'country',
    'names_ar',
    'ambiguous',
    'articles',
    'outlets',
    'cue_count',
    'cue_kinds',
    'total',
    'cue_share',
    'examples',
  ];
  const lines = rows.map((r) =>
    [
      r.key,
      r.nameAr,
      r.type,
      r.country,
      r.names.join('|'),
      r.ambiguous ? 'yes' : '',
      r.articles,
      r.outlets,
      r.cueCount,
      r.cueKinds,
      r.total,
      r.cueShare,
      r.examples.join('|'),
    ].join('\t'),
  );
  writeFileSync(OUT, [...header, cols.join('\t'), ...lines, ''].join('\n'));
  process.stderr.write(
    `wrote ${rows.length} places (${rows.filter((r) => r.ambiguous).length} ambiguous) in ${((Date.now() - t0) / 1000).toFixed(0)} s\n`,
  );
}

await main();
