// Step 1: the words that may announce a project (محطة, مطارات, خط السكة الحديدية, مبادرة ...)
// and the name that follows each: proper names, places, descriptors (طاقة شمسية, للطاقة
// الكهرومائية), a dash compound (تاشغوزار-كومكورغان, سوغد-500), a code in parentheses (GTG-2),
// or the whole quoted title of a programme ("مبادرة التعاون في النقل واللوجستيات").
import { DESCRIPTORS, LINE_HEADS, TRIGGERS, type Number_ } from './triggers.js';
import type { DocView } from './doc-view.js';

export interface Trigger {
  /** Token range of the trigger words (خط السكة is two). */
  tokenStart: number;
  triggerEnd: number;
  /** One past the last token of the name. */
  nameEnd: number;
  type: string;
  number: Number_;
  weak: boolean;
  program: boolean;
  /** The name is a quoted title. */
  quoted: boolean;
  /** The name has a proper name, a place or a code in it. */
  proper: boolean;
  /** A descriptor refined the type (شمسية → solar). */
  described: boolean;
  sentence: number;
}

const QUOTES_OPEN = '"«“';
const QUOTES_CLOSE = '"»”';
const STOP_ENTITY_TYPES = new Set(['ORG', 'PERSON', 'EVENT']);
const MAX_NAME = 7;

/** An imperfect verb after the name ends it (محطة طاقة شمسية تصل إلى): ي/ت/ن + 2–3 letters, no ال. */
function verbLike(form: string): boolean {
  if (form.length < 3 || form.length > 5) return false;
  if (!/^[يتن]/.test(form)) return false;
  // تفعيل nouns (تخزين, تحديث) have ي before their last letter.
  if (form.length === 5 && form[3] === 'ي') return false;
  return !/(ه|ات|ين|ون)$/.test(form);
}

export function findTriggers(v: DocView): Trigger[] {
  const { tokens } = v;
  const out: Trigger[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'arabic') continue;
    const m = v.mentionOn(i);
    if (m && STOP_ENTITY_TYPES.has(m.entity.type)) continue;
    const bare = v.bare(i);
    let type: string | undefined;
    let number: Number_ = 'one';
    let weak = false;
    let program = false;
    let triggerEnd = i + 1;
    if ((bare === 'خط' || bare === 'خطوط') && LINE_HEADS.has(tokens[i + 1]?.base ?? '')) {
      type = LINE_HEADS.get(tokens[i + 1].base)!;
      number = bare === 'خط' ? 'one' : 'many';
      triggerEnd = i + 2;
    } else {
      const w = TRIGGERS.get(bare);
      if (!w) continue;
      // عن طريق is "by means of"; طريقة, طرق التفكير are not roads.
      if (w.type === 'road' && tokens[i - 1]?.norm === 'عن') continue;
      ({ type, number } = w);
      weak = !!w.weak;
      program = !!w.program;
    }
    const read = readName(v, i, triggerEnd, program);
    let refined = type;
    let described = false;
    for (let k = i; k < read.end; k++) {
      const forms = [tokens[k].norm, tokens[k].base, v.bare(k)];
      const d = DESCRIPTORS.find(([re]) => forms.some((f) => re.test(f)));
      if (d && (type === 'power_plant' || type === 'project' || type === 'plant')) {
        refined = d[1] === 'power_plant' && type !== 'power_plant' ? 'power_plant' : d[1];
        described = true;
        break;
      }
      if (d) described = true;
    }
    out.push({
      tokenStart: i, triggerEnd, nameEnd: read.end, type: refined, number, weak, program, quoted: read.quoted, proper: read.proper,
      described, sentence: t.sentence,
    });
    i = triggerEnd - 1;
  }
  return out;
}

/** Reads the name after the trigger words. */
function readName(v: DocView, i: number, from: number, program: boolean): { end: number; quoted: boolean; proper: boolean } {
  const { tokens } = v;
  const sentence = tokens[i].sentence;
  // A programme's quoted title: "مبادرة التعاون في النقل واللوجستيات".
  if (program && v.isPunct(i - 1, QUOTES_OPEN)) {
    for (let j = from; j < tokens.length && j < i + 15 && tokens[j].sentence === sentence; j++) {
      if (v.isPunct(j, QUOTES_CLOSE)) return { end: j, quoted: true, proper: true };
    }
  }
  let j = from;
  let proper = false;
  while (j < tokens.length && j - from < MAX_NAME && tokens[j].sentence === sentence) {
    const t = tokens[j];
    // A quoted name right after the trigger: مشروع «واسط», محطة "ليلي".
    if (j === from && v.isPunct(j, QUOTES_OPEN)) {
      let k = j + 1;
      while (k < tokens.length && k < j + 8 && !v.isPunct(k, QUOTES_CLOSE) && tokens[k].sentence === sentence) k++;
      if (v.isPunct(k, QUOTES_CLOSE) && k > j + 1) return { end: k + 1, quoted: true, proper: true };
      break;
    }
    // A code in parentheses ends the name: مصنع ... (GTG-2).
    if (v.isPunct(j, '(') && (tokens[j + 1]?.kind === 'latin' || tokens[j + 1]?.kind === 'alnum')) {
      let k = j + 1;
      while (k < tokens.length && k < j + 6 && !v.isPunct(k, ')')) k++;
      if (v.isPunct(k, ')')) return { end: k + 1, quoted: false, proper: true };
      break;
    }
    const m = v.mentionStarting(j);
    if (m && (m.entity.type === 'CITY' || m.entity.type === 'LOCATION')) {
      proper = true;
      j = m.tokenEnd;
      // بشكيك-أوش: a second place after a dash.
      if (v.isPunct(j, '-') && v.mentionStarting(j + 1)) j = v.mentionStarting(j + 1)!.tokenEnd;
      continue;
    }
    if (m && m.entity.type !== 'CITY' && m.entity.type !== 'LOCATION') break;
    if (t.kind === 'latin' || t.kind === 'alnum') {
      proper = true;
      j++;
      continue;
    }
    if (t.kind !== 'arabic' || t.stop) {
      // A dash joining two name parts (سوغد-500, تشون-كيمين) keeps the name going.
      if (v.isPunct(j, '-') && j > from && tokens[j].start === tokens[j - 1].end && tokens[j + 1] && tokens[j + 1].start === tokens[j].end) {
        proper = true;
        j += 2;
        continue;
      }
      break;
    }
    const clitics = t.clitics.filter((c) => c.type === 'conj' || c.type === 'prep' || c.type === 'future');
    // بطاقة, بسعة, بالتعاون, وبناء: a preposition other than ل, or و, ends the name.
    if (clitics.some((c) => c.type === 'conj' || (c.type === 'prep' && !c.text.includes('ل')))) break;
    if (TRIGGERS.has(v.bare(j)) && j > from) break;
    const definite = t.base.startsWith('ال');
    if (!definite && clitics.length === 0 && verbLike(t.norm) && !v.named(t)) break;
    // A rare word names the project (سوغد); a rare definite word is more often an inflected
    // common one (الممولة, المستدامة), so only one the corpora mostly see in names counts.
    if (definite ? v.namedByCorpus(t) : v.named(t)) proper = true;
    j++;
  }
  return { end: j, quoted: false, proper };
}
