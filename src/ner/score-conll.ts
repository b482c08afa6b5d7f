// Entity-level CoNLL scoring (the conlleval definition, CoNLL-2000/2003): a predicted entity
// counts only when its type and both boundaries equal a gold entity's. An I-X that follows O or
// another type starts a new entity, as conlleval reads it. Micro figures pool every type.

/** One entity: tokens [start, end) of a sentence, with its type. */
export interface Chunk {
  type: string;
  start: number;
  end: number;
}

export interface TypeScore {
  /** Entities found with the right type and boundaries. */
  tp: number;
  /** Predicted entities that are not in the gold. */
  fp: number;
  /** Gold entities not predicted. */
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

/** Gold entities of some kind found with the right span and type. */
export interface RecallCount {
  found: number;
  total: number;
  recall: number;
}

export interface ConllScore {
  /** Per entity type, in alphabetical order of type. */
  types: Record<string, TypeScore>;
  micro: TypeScore;
  /** Recall of the gold entities of one token and of several tokens, every type pooled. */
  lengths: { single: RecallCount; multi: RecallCount };
  sentences: number;
  tokens: number;
  /** Share of tokens whose predicted tag equals the gold tag. */
  accuracy: number;
}

function split(tag: string): { prefix: 'B' | 'I' | 'O'; type: string } {
  if (tag.length > 2 && (tag[0] === 'B' || tag[0] === 'I') && (tag[1] === '-' || tag[1] === '_')) {
    return { prefix: tag[0] as 'B' | 'I', type: tag.slice(2) };
  }
  return { prefix: 'O', type: '' };
}

/** The entities of one sentence's IOB tags (IOB1 and IOB2 both read as conlleval does). */
export function chunks(tags: readonly string[]): Chunk[] {
  const out: Chunk[] = [];
  let open: Chunk | null = null;
  for (let i = 0; i < tags.length; i++) {
    const { prefix, type } = split(tags[i]);
    const continues = prefix === 'I' && open !== null && open.type === type;
    if (open && !continues) {
      open.end = i;
      out.push(open);
      open = null;
    }
    if (prefix !== 'O' && !continues) open = { type, start: i, end: i + 1 };
  }
  if (open) {
    open.end = tags.length;
    out.push(open);
  }
  return out;
}

function ratio(a: number, b: number): number {
  return b === 0 ? 0 : a / b;
}

function finish(tp: number, fp: number, fn: number): TypeScore {
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

/**
 * Scores predicted tag sequences against gold ones, sentence by sentence (same lengths).
 * Throws an Error naming the first sentence whose lengths differ.
 */
export function scoreConll(gold: readonly (readonly string[])[], pred: readonly (readonly string[])[]): ConllScore {
  if (gold.length !== pred.length) {
    throw new Error(`scoreConll: ${gold.length} gold sentences but ${pred.length} predicted`);
  }
  const counts = new Map<string, { tp: number; fp: number; fn: number }>();
  const count = (type: string) => {
    let c = counts.get(type);
    if (!c) counts.set(type, (c = { tp: 0, fp: 0, fn: 0 }));
    return c;
  };
  let tokens = 0;
  let correct = 0;
  const single = { found: 0, total: 0 };
  const multi = { found: 0, total: 0 };
  for (let s = 0; s < gold.length; s++) {
    const g = gold[s];
    const p = pred[s];
    if (g.length !== p.length) {
      throw new Error(`scoreConll: sentence ${s + 1} has ${g.length} gold tags but ${p.length} predicted`);
    }
    tokens += g.length;
    for (let i = 0; i < g.length; i++) if (g[i] === p[i]) correct++;
    const gc = chunks(g);
    const pc = chunks(p);
    const key = (c: Chunk) => `${c.start}:${c.end}:${c.type}`;
    const goldKeys = new Set(gc.map(key));
    for (const c of pc) {
      if (goldKeys.has(key(c))) count(c.type).tp++;
      else count(c.type).fp++;
    }
    const predKeys = new Set(pc.map(key));
    for (const c of gc) {
      const found = predKeys.has(key(c));
      if (!found) count(c.type).fn++;
      const by = c.end - c.start === 1 ? single : multi;
      by.total++;
      if (found) by.found++;
    }
  }
  const types: Record<string, TypeScore> = {};
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const type of [...counts.keys()].sort()) {
    const c = counts.get(type)!;
    types[type] = finish(c.tp, c.fp, c.fn);
    tp += c.tp;
    fp += c.fp;
    fn += c.fn;
  }
  const lengths = {
    single: { ...single, recall: ratio(single.found, single.total) },
    multi: { ...multi, recall: ratio(multi.found, multi.total) },
  };
  return { types, micro: finish(tp, fp, fn), lengths, sentences: gold.length, tokens, accuracy: ratio(correct, tokens) };
}

/** The score as a Markdown table: one row per type, then the micro average. */
export function formatScoreTable(score: ConllScore): string {
  const pct = (x: number) => (100 * x).toFixed(2);
  const row = (name: string, s: TypeScore) =>
    `| ${name} | ${pct(s.precision)} | ${pct(s.recall)} | ${pct(s.f1)} | ${s.tp + s.fn} | ${s.tp + s.fp} |`;
  const lines = ['| type | precision | recall | F1 | gold | predicted |', '|---|---:|---:|---:|---:|---:|'];
  for (const [type, s] of Object.entries(score.types)) lines.push(row(type, s));
  lines.push(row('**micro**', score.micro));
  return lines.join('\n');
}
