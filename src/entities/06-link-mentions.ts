// Step 6 (annotate, first half): mentions that stand for an entity already found.
// - An acronym in parentheses after an organisation is that organisation:
//   "وكالة اليابان للتعاون الدولي (JICA)"; a later JICA joins it too.
// - A name found by a pattern or the model, and its shorter forms (a person's family name, an
//   event's cue and ordinal, a river's name without نهر), mention the same entity wherever they
//   occur again outside the mentions already taken: "زياد الشيحة ... قال الشيحة".
import type { MentionVia } from '../model/types.js';
import type { Candidate } from './candidate.js';
import { PRIORITY } from './candidate.js';
import type { MatchContext } from './match-context.js';
import { NameTrie, type TrieNode } from './name-trie.js';
import { firstForms, innerForms, matchForm } from './token-view.js';

/** The identity fields a linked mention copies from the entity it joins. */
function adopt(target: Candidate, c: Candidate): Candidate {
  return { ...c, type: target.type, key: target.key, name: target.name, nameEn: target.nameEn, group: target.group, country: target.country };
}

/** Links parenthesized acronyms and adds re-mentions; returns all mentions in text order. */
export function linkMentions(ctx: MatchContext, kept: Candidate[]): Candidate[] {
  const { tokens, text } = ctx;
  const byStart = new Map<number, Candidate>();
  for (const c of kept) if (!byStart.has(c.tokenStart)) byStart.set(c.tokenStart, c);
  const out = [...kept];

  // Acronyms in parentheses.
  const acronymTargets: { forms: string[]; target: Candidate }[] = [];
  for (const c of kept) {
    if (c.type !== 'ORG') continue;
    const open = tokens[c.tokenEnd];
    if (!ctx.isPunct(open, '(') || !ctx.sameSentence(c.tokenStart, c.tokenEnd)) continue;
    const inner = tokens[c.tokenEnd + 1];
    const close = tokens[c.tokenEnd + 2];
    if (!inner || !ctx.isPunct(close, ')') || !(inner.kind === 'latin' || inner.kind === 'alnum' || inner.kind === 'arabic')) continue;
    if (inner.kind === 'latin' && inner.text !== inner.text.toUpperCase()) continue;
    const existing = byStart.get(inner.index);
    if (existing) {
      if (existing.type === 'ORG' && (existing.key === null || existing.key === c.key)) {
        const linked = adopt(c, existing);
        out[out.indexOf(existing)] = { ...linked, via: 'acronym' };
        acronymTargets.push({ forms: [matchForm(inner)], target: c });
      }
      continue;
    }
    out.push(adopt(c, {
      ...c, tokenStart: inner.index, tokenEnd: inner.index + 1, start: inner.start, end: inner.end, via: 'acronym',
      rule: 'acronym-in-parentheses', priority: PRIORITY.acronym, container: false, aliases: undefined,
    }));
    acronymTargets.push({ forms: [matchForm(inner)], target: c });
  }

  // Re-mentions of names no lexicon has.
  const local = new NameTrie<{ target: Candidate; via: MentionVia }>();
  const formsOf = (from: number, to: number): string[] => {
    const f: string[] = [];
    for (let k = from; k < to; k++) f.push(k === from ? (tokens[k].kind === 'arabic' ? tokens[k].base : matchForm(tokens[k])) : matchForm(tokens[k]));
    return f;
  };
  for (const c of out) {
    if (c.key !== null || (c.via !== 'pattern' && c.via !== 'model')) continue;
    local.add(formsOf(c.tokenStart, c.tokenEnd), { target: c, via: c.via });
    for (const a of c.aliases ?? []) local.add(formsOf(a.from, a.to), { target: c, via: c.via });
  }
  for (const a of acronymTargets) local.add(a.forms, { target: a.target, via: 'acronym' });
  if (local.entries === 0) return out.sort((a, b) => a.start - b.start);

  const covered = new Uint8Array(tokens.length);
  for (const c of out) for (let k = c.tokenStart; k < c.tokenEnd; k++) covered[k] = 1;
  const known = (f: string): boolean => local.starts(f);
  for (let i = 0; i < tokens.length; i++) {
    if (covered[i] || ctx.isChrome(i)) continue;
    let best: { end: number; start: number; target: Candidate; via: MentionVia } | null = null;
    for (const f of firstForms(text, tokens[i], known)) {
      let node: TrieNode<{ target: Candidate; via: MentionVia }> | undefined = local.root.get(f.form);
      let j = i;
      while (node) {
        if (node.values && (!best || j + 1 > best.end)) best = { end: j + 1, start: f.start, ...node.values[0] };
        j++;
        if (!node.next || j >= tokens.length || covered[j] || !ctx.sameSentence(i, j)) break;
        const next: Map<string, TrieNode<{ target: Candidate; via: MentionVia }>> = node.next;
        node = undefined;
        for (const form of innerForms(tokens[j])) {
          node = next.get(form);
          if (node) break;
        }
      }
    }
    if (!best) continue;
    const t = best.target;
    out.push(adopt(t, {
      ...t, tokenStart: i, tokenEnd: best.end, start: best.start, end: tokens[best.end - 1].end,
      via: best.via, rule: 're-mention', container: false, aliases: undefined,
    }));
    for (let k = i; k < best.end; k++) covered[k] = 1;
    i = best.end - 1;
  }
  return out.sort((a, b) => a.start - b.start);
}
