// Builds data/lexicon/surname-pair-words.tsv: a given name and the definite word after it that the
// news writes as one person's name although the word is mostly a plain word of the news (الحبيب الصيد,
// Tunisia's prime minister, where الصيد is "fishing"; شوقي الطبيب, where الطبيب is "the doctor"). The
// entity stage stops a name before such a word (it reads as a common word), cutting the person to his
// given name; the pair learned here lets the name run on (src/entities/patterns/phrases.ts).
// Learned from ../shared/unlabeled through the cues that announce a person (data/lexicon/person-cues.tsv:
// "رئيس الحكومة الحبيب الصيد"، "السيد شوقي الطبيب"), one nisba passed over after the cue (الرئيس التونسي):
// a pair is kept when the cues announce it at least MIN_CUE times in MIN_DOCS articles of MIN_OUTLETS
// outlets, it holds at least PAIR_SHARE of the cue-announced given names before the word (a weekday or
// a common word follows many names: الخميس after any of them), and the word is a plain word of the
// news: written at least MIN_WORD times, the pair under WORD_SHARE of them.
// Run: npm run build && node dist/scripts/harvest-surname-pairs.js [../shared]
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readUnlabeled } from '../ner/unlabeled.js';
import { loadGivenNames, loadPersonCues } from '../lexicon/load-lexicons.js';
import { foldString } from '../text/normalize/index.js';
import { tokenize } from '../text/tokenize.js';
import { WEEKDAYS } from '../text/calendar.js';
import { defaultWordKnowledge } from '../text/word-knowledge.js';
import { hasProclitic } from '../entities/token-view.js';
import type { Token } from '../text/token.js';

const shared = process.argv[2] ?? '../shared';
const MIN_CUE = 5;
const MIN_DOCS = 3;
const MIN_OUTLETS = 2;
const PAIR_SHARE = 0.5;
const MIN_WORD = 100;
const WORD_SHARE = 0.5;
/** A pair the news writes mostly without a cue is a phrase (صباح اليوم: 13 of 1,187 after a cue). */
const CUE_SHARE = 0.1;

const cues = new Set(loadPersonCues().map((c) => foldString(c.cue)));
const cueWords = new Set([...cues].flatMap((c) => c.split(' ')));
const given = new Set(loadGivenNames().map((g) => foldString(g.name)));
/** A weekday follows a name as the day of what the person did (قال محمد الخميس); the calendar's words. */
const DATE_WORDS = WEEKDAYS;

const knowledge = defaultWordKnowledge();
/** Per pair "G W": cue-announced count, articles, outlets, an example id. */
const pairs = new Map<string, { n: number; docs: Set<string>; outlets: Set<string>; example: string }>();
/** Cue-announced count of any given name before each word. */
const afterGiven = new Map<string, number>();
/** Times each word and each adjacent given-name pair is written anywhere. */
const wordCount = new Map<string, number>();
const pairCount = new Map<string, number>();
let articles = 0;
const outlets = new Set<string>();

// Not a function word folded like a name (على → علي), nor a title without its article (أمير المنطقة، ملك المغرب).
const plainGiven = (t: Token | undefined): t is Token =>
  !!t && t.kind === 'arabic' && !t.stop && !hasProclitic(t) && t.base === t.norm && given.has(t.norm) && !cues.has(`ال${t.norm}`);
const definiteWord = (t: Token | undefined): t is Token =>
  !!t &&
  t.kind === 'arabic' &&
  !hasProclitic(t) &&
  t.norm.startsWith('ال') &&
  t.norm.length >= 5 &&
  !given.has(t.norm) &&
  !cueWords.has(t.norm) &&
  !DATE_WORDS.has(t.norm) &&
  // A nisba after the name is an institution's adjective (مركز الملك فهد الثقافي، مدينة الملك عبدالله الرياضية) or
  // a family name the entity stage reads as a name already (الحقباني).
  !/(ي|يه)$/.test(t.norm);
const nisba = (t: Token | undefined): boolean => !!t && t.kind === 'arabic' && /^ال.+(ي|يه)$/.test(t.norm) && !given.has(t.norm);

for await (const a of readUnlabeled(join(shared, 'unlabeled'))) {
  articles++;
  outlets.add(a.outlet);
  for (const p of a.paragraphs) {
    const ts = tokenize(p, 0, p.length, knowledge);
    for (let i = 0; i < ts.length; i++) {
      const t = ts[i];
      if (t.kind !== 'arabic') continue;
      wordCount.set(t.norm, (wordCount.get(t.norm) ?? 0) + 1);
      if (plainGiven(t) && definiteWord(ts[i + 1]) && ts[i + 1].sentence === t.sentence) {
        const key = `${t.norm} ${ts[i + 1].norm}`;
        pairCount.set(key, (pairCount.get(key) ?? 0) + 1);
      }
      // A cue of one to three words ending at i (its first word without proclitics).
      let j = -1;
      for (let k = 1; k <= 3 && j < 0; k++) {
        const s = i - k + 1;
        if (s < 0) break;
        const phrase = [ts[s].base, ...ts.slice(s + 1, i + 1).map((x) => x.norm)].join(' ');
        if (cues.has(phrase)) j = i + 1;
      }
      if (j < 0) continue;
      if (nisba(ts[j]) && !plainGiven(ts[j])) j++;
      const g = ts[j];
      const w = ts[j + 1];
      if (!plainGiven(g) || !definiteWord(w) || w.sentence !== t.sentence) continue;
      afterGiven.set(w.norm, (afterGiven.get(w.norm) ?? 0) + 1);
      const key = `${g.norm} ${w.norm}`;
      let e = pairs.get(key);
      if (!e) pairs.set(key, (e = { n: 0, docs: new Set(), outlets: new Set(), example: a.id }));
      e.n++;
      e.docs.add(a.id);
      e.outlets.add(a.outlet);
    }
  }
  if (articles % 10000 === 0) process.stderr.write(`harvest-surname-pairs: ${articles} articles\n`);
}

const rows: string[] = [];
for (const [key, e] of [...pairs].sort((x, y) => y[1].n - x[1].n || (x[0] < y[0] ? -1 : 1))) {
  const w = key.split(' ')[1];
  const words = wordCount.get(w) ?? 0;
  const total = pairCount.get(key) ?? 0;
  if (e.n < MIN_CUE || e.docs.size < MIN_DOCS || e.outlets.size < MIN_OUTLETS) continue;
  if (e.n < PAIR_SHARE * (afterGiven.get(w) ?? 0)) continue;
  if (words < MIN_WORD || total >= WORD_SHARE * words || e.n < CUE_SHARE * total) continue;
  rows.push(
    `surname_pair\t${key}\tcue ${e.n}, pair ${total}, word ${words}, articles ${e.docs.size}, outlets ${e.outlets.size}; e.g. ${e.example}`,
  );
}

const out = [
  '# generated by src/scripts/harvest-surname-pairs.ts (node dist/scripts/harvest-surname-pairs.js) from ../shared/unlabeled — do not edit; rerun the script',
  '# sources: SaudiNewsNet (Alhagri 2015, CC BY-NC-SA 4.0), ANT Corpus v2.1 multi-source and v1.1 JawharaFM',
  `# (Chouigui et al. 2017, 2021, Apache-2.0); ${articles} articles from ${outlets.size} outlets. Only names and counts are kept, no text.`,
  '# A given name and the definite word after it, announced as a person by a cue of person-cues.tsv (one nisba passed over),',
  `# the word mostly a plain word of the news. Kept: cue >= ${MIN_CUE} in >= ${MIN_DOCS} articles of >= ${MIN_OUTLETS} outlets; cue >= ${PAIR_SHARE} of the`,
  `# cue-announced given names before the word and >= ${CUE_SHARE} of the pair's count anywhere; word written >= ${MIN_WORD} times, the pair under ${WORD_SHARE} of them;`,
  '# the given name no function word or title, the word no nisba, weekday or cue word.',
  '# value: cue-announced count, pair count anywhere, word count, articles, outlets, an example id.',
  'list\tform\tvalue',
  ...rows,
  '',
].join('\n');
writeFileSync(new URL('../../data/lexicon/surname-pair-words.tsv', import.meta.url), out);
process.stderr.write(`harvest-surname-pairs: ${rows.length} pairs of ${pairs.size}\n`);
