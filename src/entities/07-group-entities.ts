// Step 7 (annotate, second half): mentions grouped into entities. Mentions with a lexicon key
// are one entity per type and key (اليابان + اليابانية + ياباني = JP; JICA + وكالة اليابان
// للتعاون الدولي = jica); the others by the group their matcher gave them (a Latin company
// without its legal suffix, a person's folded name) or else their folded surface. Entities are
// numbered e1, e2, ... in order of first mention. A province named by its admin word and its
// capital's name (منطقة الرياض, ولاية باجة) is one entity with the capital where the article also
// names the capital alone: news moves between the two for one place (Gold: "الرياض" / "منطقة الرياض").
import { wordsOf } from '../lexicon/word-lists.js';
import type { Entity, Mention } from '../model/types.js';
import { foldString } from '../text/normalize/index.js';
import type { Token } from '../text/token.js';
import type { Candidate } from './candidate.js';
import type { MatchContext } from './match-context.js';

export function identityOf(c: Candidate, name = c.name): string {
  if (c.key !== null) return `${c.type}|${c.key}`;
  return `${c.type}|${c.group ?? foldString(name)}`;
}

/**
 * The name of a mention without a lexicon name, as a reader writes it. After the preposition ل
 * the article is one ل (للمؤسسة الدولية), which the mention leaves out with the preposition
 * (token-view baseStart): "مؤسسة الدولية" is named with the article back, المؤسسة الدولية.
 */
export function readableName(c: Candidate, tokens: readonly Token[], text: string): string {
  if (c.key !== null || c.name.startsWith('ال')) return c.name;
  const first = tokens[c.tokenStart];
  if (first.kind !== 'arabic' || c.start < first.start + 2 || c.start > first.end) return c.name;
  if (first.norm.startsWith('ال')) return c.name;
  // A name the mention does not spell (a person's full name on his family name) is left alone.
  if (foldString(c.name) !== foldString(text.slice(c.start, c.end))) return c.name;
  // The two letters before the mention inside its token are لل (ignoring marks: لِلأمم).
  const before = foldString(text.slice(first.start, c.start));
  return before.endsWith('لل') ? 'ال' + c.name : c.name;
}

/** Admin words a province's lexicon name opens with (منطقة، محافظة، ولاية، إمارة، إقليم). */
const ADMIN_WORDS = wordsOf(['settlement_cue', 'area_cue']);

/** A keyed place's name without its admin word (منطقة الرياض → الرياض, folded), or null. */
function adminStem(c: Candidate): string | null {
  if (c.type !== 'CITY' || c.key === null) return null;
  const folded = foldString(c.name);
  const space = folded.indexOf(' ');
  return space > 0 && ADMIN_WORDS.has(folded.slice(0, space)) ? folded.slice(space + 1) : null;
}

/**
 * Provinces that join the capital of the same name the article also names: ولاية باجة (key
 * tn-beja-governorate) → the entity of باجة (tn-beja). ../shared/unlabeled (3,015 articles,
 * every 24th): 136 such pairs in 126 articles, منطقة الرياض/الرياض, ولاية باجة/باجة, ولاية طشقند/طشقند.
 */
function provinceCapitals(mentions: readonly Candidate[]): Map<Candidate, Candidate> {
  const capitals = new Map<string, Candidate>();
  for (const c of mentions) {
    if (c.type === 'CITY' && c.key !== null && c.country && adminStem(c) === null) {
      const id = `${c.country}|${foldString(c.name)}`;
      if (!capitals.has(id)) capitals.set(id, c);
    }
  }
  const out = new Map<Candidate, Candidate>();
  if (capitals.size === 0) return out;
  for (const c of mentions) {
    const stem = adminStem(c);
    const capital = stem !== null && c.country ? capitals.get(`${c.country}|${stem}`) : undefined;
    if (capital && capital.key !== c.key) out.set(c, capital);
  }
  return out;
}

export function groupEntities(ctx: MatchContext, mentions: readonly Candidate[]): { entities: Entity[]; entityOf: Map<Candidate, Entity> } {
  const { text, tokens } = ctx;
  const byIdentity = new Map<string, { entity: Entity }>();
  const entityOf = new Map<Candidate, Entity>();
  const entities: Entity[] = [];
  const capitalOf = provinceCapitals(mentions);
  for (const mention of [...mentions].sort((a, b) => a.start - b.start)) {
    const capital = capitalOf.get(mention);
    // The province's mention keeps its span and takes the capital's identity.
    const c = capital ? { ...mention, key: capital.key, name: capital.name, nameEn: capital.nameEn } : mention;
    const name = readableName(c, tokens, text);
    const id = identityOf(c, name);
    let g = byIdentity.get(id);
    if (!g) {
      const entity: Entity = { id: `e${entities.length + 1}`, type: c.type, key: c.key, name, name_en: c.nameEn, mentions: [] };
      entities.push(entity);
      g = { entity };
      byIdentity.set(id, g);
    } else if (c.key === null && name.length > g.entity.name.length) {
      // Without a lexicon name, the entity is called by its fullest form (Komaihaltec Inc.).
      g.entity.name = name;
      g.entity.name_en = c.nameEn ?? g.entity.name_en;
    }
    if (!g.entity.name_en && c.nameEn) g.entity.name_en = c.nameEn;
    const m: Mention = {
      start: c.start,
      end: c.end,
      text: text.slice(c.start, c.end),
      sentence: tokens[c.tokenStart].sentence,
      via: c.via,
    };
    g.entity.mentions.push(m);
    entityOf.set(mention, g.entity);
  }
  return { entities, entityOf };
}
