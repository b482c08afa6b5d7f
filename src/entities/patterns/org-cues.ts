// Organisations no lexicon has, found from the word that announces them.
// - company cue + proper name [+ لـ complement]: "شركة سيمنز" → سيمنز, "أوراسكوم للإنشاءات";
//   the company is called by its name, so the mention leaves شركة out.
// - cue + word + لـ complement: "شركة تقنية للطاقة" (a common word is only a name with its
//   complement; the mention keeps the cue).
// - definite cue + adjective (a country nisba or an institutional one) + لـ complement:
//   "الشركة السعودية للكهرباء", "الهيئة العامة للاستثمار".
// - institution cue + definite noun phrase: "وزارة الكهرباء", "هيئة الرقابة الإدارية".
// - named cue + known place [+ adjective] [+ complement]: "بنك قطر الوطني", "جامعة الملك سعود".
// - cue + quoted name: شركة «أكوا باور» → أكوا باور.
// Plural cues (شركات) and a bare definite cue (الشركة) announce no name.
import type { Candidate } from '../candidate.js';
import { formsGroup, PRIORITY } from '../candidate.js';
import type { MatchContext } from '../match-context.js';
import { baseStart, hasProclitic, isDefinite, withoutArticle } from '../token-view.js';
import type { CandidateIndex } from './lexicon-index.js';
import { definitePhraseEnd, lamPhraseEnd, nameRunEnd, quotedAt, verbLike } from './phrases.js';

type CueClass = 'company' | 'named' | 'institution';

/** Org cue words (normalized, without the article) and how the name after them is read. */
const ORG_CUES = new Map<string, CueClass>([
  ['شركه', 'company'],
  ['مجموعه', 'named'],
  ['بنك', 'named'],
  ['مصرف', 'named'],
  ['تحالف', 'named'],
  ['صندوق', 'named'],
  ['وزاره', 'institution'],
  ['هيئه', 'institution'],
  ['وكاله', 'institution'],
  ['منظمه', 'institution'],
  ['مؤسسه', 'institution'],
  ['جامعه', 'institution'],
  ['مصلحه', 'institution'],
  ['سلطه', 'named'],
  ['مجلس', 'named'],
  ['مركز', 'named'],
  ['معهد', 'named'],
  ['اتحاد', 'named'],
  ['جمعيه', 'named'],
  ['غرفه', 'named'],
]);

/** Adjectives that make "definite cue + adjective + complement" an institution's name. */
const ORG_ADJECTIVES = new Set([
  'العامه', 'العام', 'الوطنيه', 'الوطني', 'الملكيه', 'الملكي', 'العربيه', 'العربي', 'الدوليه', 'الدولي', 'المتحده',
  'الاهليه', 'الاهلي', 'الخليجيه', 'الخليجي', 'الاسلاميه', 'الاسلامي', 'القابضه', 'الاوروبيه', 'الاوروبي', 'الافريقيه',
  'الافريقي', 'الاسيويه', 'الاسيوي', 'الموحده', 'المركزي', 'المركزيه', 'العالميه', 'العالمي', 'الاتحاديه', 'الاتحادي',
  'التجاري', 'التجاريه', 'الصناعي', 'الصناعيه', 'الاستثماري', 'الاستثماريه',
]);

/** Adjectives after a company cue that describe a company rather than name it. */
const GENERIC_WORDS = new Set([
  'جديده', 'مشتركه', 'وطنيه', 'محليه', 'عالميه', 'كبيره', 'صغيره', 'خاصه', 'حكوميه', 'عامه', 'مستقله', 'متخصصه', 'اجنبيه',
  'دوليه', 'عربيه', 'اخري', 'رائده', 'ناشئه', 'تابعه', 'مملوكه', 'مساهمه', 'قابضه', 'كبري', 'عملاقه', 'واحده', 'ثانيه', 'اولي',
]);

/** Words after an institution cue that make the phrase generic, not a name (مجلس الإدارة). */
const GENERIC_HEADS = new Set(['الاداره', 'المدينه', 'الدوله', 'الحكومه', 'الشركه', 'البلاد', 'المنطقه', 'المشروع']);

function cueClass(ctx: MatchContext, i: number): CueClass | undefined {
  const t = ctx.tokens[i];
  if (t.kind !== 'arabic') return undefined;
  return ORG_CUES.get(withoutArticle(t));
}

export function matchOrgCues(ctx: MatchContext, lex: CandidateIndex): Candidate[] {
  const { tokens, text } = ctx;
  const out: Candidate[] = [];
  /** Emits tokens [startTok, endTok) as an ORG; [cueTok+1, properEnd) is a proper name that mentions it alone. */
  const emit = (cueTok: number, startTok: number, endTok: number, rule: string, properEnd = cueTok + 1): void => {
    const s = baseStart(tokens[startTok]);
    const e = tokens[endTok - 1].end;
    const surface = text.slice(s, e);
    // "شركة أوراسكوم للإنشاءات": أوراسكوم alone mentions the company later in the article.
    const proper = properEnd > cueTok + 1 && (startTok !== cueTok + 1 || properEnd !== endTok);
    out.push({
      tokenStart: startTok, tokenEnd: endTok, start: s, end: e, type: 'ORG', key: null, name: surface, nameEn: null,
      via: 'pattern', rule, priority: PRIORITY.pattern, group: formsGroup(tokens, startTok, endTok),
      aliases: proper ? [{ from: cueTok + 1, to: properEnd }] : undefined,
    });
  };
  // A complement stops at a country, place or known organisation joined by و: "... والتنمية
  // واليابان", "مجلس الأمن للأمم المتحدة والكونغرس". It stops at a person cue too: "المؤسسة
  // العامة للخطوط الحديدية المهندس محمد ...".
  const countryAt = (j: number): boolean => !!lex.at(j, ['COUNTRY', 'CITY', 'REGION', 'ORG']) || !!ctx.cueAt(j);
  for (let i = 0; i < tokens.length - 1; i++) {
    if (ctx.isChrome(i)) continue;
    const cls = cueClass(ctx, i);
    if (!cls) continue;
    const cue = tokens[i];
    const definite = isDefinite(cue);
    const n = i + 1;
    if (tokens[n].sentence !== cue.sentence) continue;
    // An organisation the lexicons know already starts here or covers the cue: nothing to add.
    if (lex.at(n, ['ORG']) || lex.over(i).some((c) => c.type === 'ORG' || c.type === 'EVENT')) continue;

    // cue + quoted name.
    const q = quotedAt(ctx, n);
    if (q && !definite) {
      emit(i, q.start, q.end, 'org-quoted');
      continue;
    }
    if (!definite) {
      // cue + proper name [+ complement]; a known place or country is not a company's proper name.
      const place = lex.at(n, ['COUNTRY', 'CITY', 'REGION', 'LOCATION']);
      // A verb or a generic adjective is no name: "مجموعة تتقد حماساً", "شركة رائدة عالمياً".
      const verb = (verbLike(tokens[n]) && !ctx.namedByCorpus(tokens[n])) || GENERIC_WORDS.has(tokens[n].norm);
      const nameEnd = place || verb ? n : nameRunEnd(ctx, n, 4, (j) => !!lex.at(j, ['COUNTRY', 'CITY', 'REGION']) || !!ctx.cueAt(j));
      // One rare adjective is no institution's name (مركز إغاثي "a relief centre").
      const adjective = nameEnd === n + 1 && cls !== 'company' && !isDefinite(tokens[n]) && /(ي|يه)$/.test(tokens[n].norm) && !ctx.namedByCorpus(tokens[n]);
      if (nameEnd > n && !adjective) {
        const end = Math.max(nameEnd, lamPhraseEnd(ctx, nameEnd, 4, countryAt));
        // A company is called by its proper name alone (سيمنز), but a definite word is no name
        // of its own: "شركة المترو الخفيف" keeps its cue and is not re-mentioned as المترو.
        if (cls === 'company' && !isDefinite(tokens[n])) emit(i, n, end, 'org-cue-name', nameEnd);
        else emit(i, i, end, 'org-cue-name', cls === 'company' ? i + 1 : nameEnd);
        continue;
      }
      // named cue + known place [+ adjective] [+ complement]: بنك قطر الوطني, بنك اليابان للتعاون الدولي.
      // An institution is named by a city (جامعة القاهرة), not a country ("مصلحة إيران" is Iran's interest).
      if (place && place.type !== 'REGION' && cls !== 'company' && !(cls === 'institution' && place.type === 'COUNTRY')) {
        let end = place.tokenEnd;
        if (tokens[end] && ORG_ADJECTIVES.has(tokens[end].norm)) end++;
        end = Math.max(end, lamPhraseEnd(ctx, end, 4, countryAt));
        if (end > place.tokenEnd || cls === 'institution' || cls === 'named') {
          emit(i, i, end, 'org-cue-place');
          continue;
        }
      }
      if (place && cls === 'company') {
        // شركة قطر للبترول: a place is a company's name only with a complement.
        const end = lamPhraseEnd(ctx, place.tokenEnd, 4, countryAt);
        if (end > place.tokenEnd) emit(i, i, end, 'org-cue-place');
        continue;
      }
      // company cue + common word + complement: شركة تقنية للطاقة (not "مركز مشترك للأبحاث",
      // "شركة جديدة للطاقة": a generic adjective or a nisba describes, it does not name).
      const w = tokens[n];
      if (cls === 'company' && w.kind === 'arabic' && !w.stop && !isDefinite(w) && !hasProclitic(w) && !ctx.cueAt(n) && !GENERIC_WORDS.has(w.norm) && !lex.at(n, ['COUNTRY'])) {
        const end = lamPhraseEnd(ctx, n + 1, 4, countryAt);
        if (end > n + 1) {
          emit(i, i, end, 'org-cue-complement');
          continue;
        }
      }
      // institution + definite noun phrase: وزارة الكهرباء, هيئة الرقابة الإدارية.
      if (cls === 'institution' && isDefinite(w) && !hasProclitic(w) && !GENERIC_HEADS.has(w.base)) {
        const end = definitePhraseEnd(ctx, n, 4, countryAt);
        if (end > n) {
          emit(i, i, Math.max(end, lamPhraseEnd(ctx, end, 4, countryAt)), 'org-cue-definite');
          continue;
        }
      }
    } else {
      // definite cue + adjective(s) + complement: الشركة السعودية للكهرباء, الهيئة العامة للاستثمار.
      let j = n;
      let adjectives = 0;
      while (j < tokens.length && adjectives < 2) {
        const nisba = lex.at(j, ['COUNTRY']);
        if (nisba && nisba.via === 'nisba') j = nisba.tokenEnd;
        else if (tokens[j].kind === 'arabic' && ORG_ADJECTIVES.has(tokens[j].norm)) j++;
        else break;
        adjectives++;
      }
      if (adjectives === 0) continue;
      const end = lamPhraseEnd(ctx, j, 4, countryAt);
      // البنك المركزي المصري: a central bank is named by its country.
      const central = tokens[n].norm === 'المركزي' && adjectives === 2;
      if (end > j || central) emit(i, i, Math.max(end, j), 'org-cue-adjective');
    }
  }
  return out;
}
