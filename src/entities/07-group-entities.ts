// Step 7 (annotate, second half): mentions grouped into entities. Mentions with a lexicon key
// are one entity per type and key (اليابان + اليابانية + ياباني = JP; JICA + وكالة اليابان
// للتعاون الدولي = jica); the others by the group their matcher gave them (a Latin company
// without its legal suffix, a person's folded name) or else their folded surface. Entities are
// numbered e1, e2, ... in order of first mention.
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
 * the article loses its alef (للمؤسسة الدولية), so a mention that leaves the preposition out
 * starts "لمؤسسة"; its name gets the alef back: المؤسسة الدولية.
 */
export function readableName(c: Candidate, tokens: readonly Token[]): string {
  if (c.key !== null) return c.name;
  const first = tokens[c.tokenStart];
  for (const cl of first.clitics) {
    if (cl.type === 'article' && cl.start === c.start && cl.text === 'ل' && c.name.startsWith('ل')) return 'ا' + c.name;
  }
  return c.name;
}

export function groupEntities(ctx: MatchContext, mentions: readonly Candidate[]): { entities: Entity[]; entityOf: Map<Candidate, Entity> } {
  const { text, tokens } = ctx;
  const byIdentity = new Map<string, { entity: Entity }>();
  const entityOf = new Map<Candidate, Entity>();
  const entities: Entity[] = [];
  for (const c of [...mentions].sort((a, b) => a.start - b.start)) {
    const name = readableName(c, tokens);
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
    entityOf.set(c, g.entity);
  }
  return { entities, entityOf };
}
