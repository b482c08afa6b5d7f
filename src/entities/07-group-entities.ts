// Step 7 (annotate, second half): mentions grouped into entities. Mentions with a lexicon key
// are one entity per type and key (اليابان + اليابانية + ياباني = JP; JICA + وكالة اليابان
// للتعاون الدولي = jica); the others by the group their matcher gave them (a Latin company
// without its legal suffix, a person's folded name) or else their folded surface. Entities are
// numbered e1, e2, ... in order of first mention.
import type { Entity, Mention } from '../model/types.js';
import { foldString } from '../text/normalize/index.js';
import type { Candidate } from './candidate.js';
import type { MatchContext } from './match-context.js';

export function identityOf(c: Candidate): string {
  if (c.key !== null) return `${c.type}|${c.key}`;
  return `${c.type}|${c.group ?? foldString(c.name)}`;
}

export function groupEntities(ctx: MatchContext, mentions: readonly Candidate[]): { entities: Entity[]; entityOf: Map<Candidate, Entity> } {
  const { text, tokens } = ctx;
  const byIdentity = new Map<string, { entity: Entity; best: Candidate }>();
  const entityOf = new Map<Candidate, Entity>();
  const entities: Entity[] = [];
  for (const c of [...mentions].sort((a, b) => a.start - b.start)) {
    const id = identityOf(c);
    let g = byIdentity.get(id);
    if (!g) {
      const entity: Entity = { id: `e${entities.length + 1}`, type: c.type, key: c.key, name: c.name, name_en: c.nameEn, mentions: [] };
      entities.push(entity);
      g = { entity, best: c };
      byIdentity.set(id, g);
    } else if (c.key === null && c.name.length > g.best.name.length) {
      // Without a lexicon name, the entity is called by its fullest form (Komaihaltec Inc.).
      g.best = c;
      g.entity.name = c.name;
      g.entity.name_en = c.nameEn ?? g.entity.name_en;
    }
    if (!g.entity.name_en && c.nameEn) g.entity.name_en = c.nameEn;
    const m: Mention = { start: c.start, end: c.end, text: text.slice(c.start, c.end), sentence: tokens[c.tokenStart].sentence, via: c.via };
    g.entity.mentions.push(m);
    entityOf.set(c, g.entity);
  }
  return { entities, entityOf };
}
