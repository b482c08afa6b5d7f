import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { endsInColon, endsSentence, holdsFunctionWord, isTicker, parseByline } from '../../../src/text/boilerplate/line-shapes.js';
import { foldString } from '../../../src/text/normalize/index.js';
import { defaultWordKnowledge } from '../../../src/text/word-knowledge.js';
import { words } from '../../../src/lexicon/word-lists.js';

/** Titles and name joiners, which separate no headlines (as line-shapes.ts reads them). */
const NAME_WORDS = new Set([...words('eponym_title'), ...words('name_joiner')]);

/** Whether the word `step` away from the occurrences of `token` is one word at half of them or more. */
function sameNeighbourReference(words: string[], token: string, step: 1 | -1): boolean {
  const counts = new Map<string, number>();
  let n = 0;
  words.forEach((w, i) => {
    if (w !== token) return;
    n++;
    const v = words[i + step];
    if (v !== undefined) counts.set(v, (counts.get(v) ?? 0) + 1);
  });
  return Math.max(0, ...counts.values()) * 2 >= n;
}

/**
 * isTicker as first written (a Unicode split and a Map of words), with the guards added since (a
 * list inside prose, questions, titles and lone letters, sentence-like bullets, a separator with
 * a fixed neighbour, punctuation written apart, conjoined list items, dashes between names): the
 * fast one must agree.
 */
function tickerReference(line: string): boolean {
  const words = line.trim().split(/\s+/u);
  if (words.length < 20) return false;
  const counts = new Map<string, number>();
  for (const w of words) if (w.length > 0) counts.set(w, (counts.get(w) ?? 0) + 1);
  for (const [token, n] of counts) {
    if (n < 5) continue;
    const folded = foldString(token);
    if (/^\d+$/.test(token) || defaultWordKnowledge().isStop(folded)) continue;
    if (NAME_WORDS.has(folded) || /^[\u0621-\u064A]$/u.test(folded)) continue;
    if (/^[.،,؛;:!?؟…]+$/u.test(token) || /^[()[\]{}"]$/u.test(token)) continue;
    if (/^[وف]/u.test(token) && token.length >= 4 && words.includes(token.slice(1))) continue;
    const segments: string[][] = [];
    let current: string[] = [];
    for (const w of words) {
      if (w === token) {
        segments.push(current);
        current = [];
      } else current.push(w);
    }
    if (current.length > 0) segments.push(current);
    if (segments.filter((s) => s.length >= 2 && s.length <= 30).length < 0.75 * segments.length) continue;
    if (segments.filter((s) => s.length > 16).reduce((sum, s) => sum + s.length, 0) >= 0.25 * words.length) continue;
    if (segments.filter((s) => s.some((w) => /[؟?!]$/u.test(w))).length >= 0.5 * segments.length) continue;
    if (segments.filter((s) => s.some((w) => /\d/u.test(w))).length > 0.3 * segments.length) continue;
    const fieldMarks = new Map<string, number>();
    for (const s of segments) {
      const marks = new Set(
        s.filter((w) => w !== token && /^[^\p{L}\p{N}.،,؛;!?؟…|•·◄►▶◀»«›‹]+$/u.test(w)).map((w) => (/^[-‐‑‒–—]$/u.test(w) ? '-' : w)),
      );
      for (const m of marks) fieldMarks.set(m, (fieldMarks.get(m) ?? 0) + 1);
    }
    if ([...fieldMarks.values()].some((n) => 2 * n >= segments.length)) continue;
    if (/^[-‐‑‒–—]$/u.test(token) && segments.filter((s) => holdsFunctionWord(s.join(' '))).length * 2 < segments.length) continue;
    const punctuated = segments.filter((s) => s.some((w) => /[،,;؛]$|[^.]\.$/u.test(w))).length;
    if (!/[\u0600-\u06FF]/u.test(token)) {
      if (punctuated < 0.5 * segments.length) return true;
      continue;
    }
    if (sameNeighbourReference(words, token, 1) || sameNeighbourReference(words, token, -1)) continue;
    if (n >= 6 && punctuated < 0.2 * segments.length) return true;
  }
  return false;
}

const headline = (words: string[]) => words.join(' ');

describe('isTicker', () => {
  it('finds a headline ticker and an obituary list', () => {
    const heads = [
      'الملك يستقبل وفدا رسميا',
      'ارتفاع أسعار الذهب محليا',
      'الأمن العام يحذر من المنخفض',
      'افتتاح معرض الكتاب',
      'فوز النشامى على عمان',
    ];
    expect(isTicker(heads.concat(heads).join(' nayrouz '))).toBe(true);
    const deaths = [
      'وفيات الأحد',
      'الحاج محمد سالم',
      'السيدة فاطمة علي',
      'الشاب أحمد يوسف',
      'الحاجة مريم خليل',
      'المهندس سامي عمر',
      'الدكتور خالد حسن',
    ];
    expect(isTicker(deaths.join(' • '))).toBe(true);
  });

  it('leaves prose alone, even when it repeats a word', () => {
    const prose = headline(Array.from({ length: 8 }, (_, i) => `وبلغت قيمة الاستثمارات ${i + 2} مليار دولار، وفق التقرير.`));
    expect(isTicker(prose)).toBe(false);
    expect(isTicker('قصير جدا')).toBe(false);
  });

  it('leaves prose with a list or a repeated title alone (../shared/unlabeled: whole articles had been set aside)', () => {
    // A one-line article with a bulleted list of questions between its paragraphs (snn-2015-07-22-1970).
    const intro =
      'وتقول الصحيفة للمسؤول إن الديوان نسمع ونقرأ عنه كثيرا لكننا لا نرى له جهدا ولا أثرا واضحا في شؤون المراقبة على المال العام ومحاربة الفساد المالي والإداري في الوزارات والهيئات والشركات الحكومية';
    const questions = [
      'هل تم كشف الاختلاسات في أحيان كثيرة؟',
      'ماذا تم بشأن تأسيس وحدات المراجعة الداخلية؟',
      'أين دوركم في إيضاح الانحرافات في تنفيذ الميزانية؟',
    ];
    const asked = [intro, ...questions, ...questions, intro].join(' - ');
    expect(isTicker(asked)).toBe(false);
    // Those present at a funeral prayer, each with his title (snn-2015-08-04-263).
    const names = [
      'فيصل بن بندر أمير منطقة الرياض',
      'منصور بن بندر بن عبدالعزيز',
      'سلطان بن بندر',
      'بدر بن عبدالله',
      'فواز بن بندر',
      'خالد بن سعود',
    ];
    expect(isTicker(`وأدى الصلاة مع سموه ${names.map((n) => `الأمير ${n}`).join(' و ')} وعدد من الأمراء`)).toBe(false);
    // A word that always stands in the same phrase (صاحب السمو الملكي) separates nothing.
    const visits = [
      'الأمير محمد بن نايف بزيارة عزاء',
      'الأميرة مشاعل بنت عبدالمحسن رحمها الله',
      'الأمير سعود أمير منطقة حائل',
      'الأمير عبدالعزيز بن سعود',
      'الأمير تركي بن محمد',
      'الأمير فهد بن سلطان',
    ];
    expect(isTicker(visits.map((v) => `صاحب السمو الملكي ${v}`).join(' وكان في استقباله '))).toBe(false);
    // Steps of a how-to, bulleted, each a sentence (AL-technology-189).
    const steps = [
      'تأكد من حصولك على آخر تحديث للمنصة.',
      'انقر على رمز الكاميرا في الزاوية العلوية.',
      'انقر فوق زر تحديد عناصر متعددة.',
      'اضغط على الصور التي تريد نشرها.',
      'اكتب وصفا مناسبا ثم انشر.',
    ];
    expect(isTicker(steps.join(' • '))).toBe(false);
  });

  it("leaves lists of an article alone: commas written apart, line-ups and fixtures, conjoined items (none of ../shared/unlabeled's tickers was a ticker)", () => {
    // A Saudi report whose clauses end in a comma written apart (snn-2015-07-27-1005, snn-2015-07-24-26).
    const clauses = [
      'صرح الناطق الإعلامي بشرطة المنطقة بأنه عند الساعة التاسعة من صباح اليوم',
      'باشرت الشرطة بلاغا عن تعرض أحد المواطنين للإصابة',
      'ونقله إلى المستوصف بواسطة شقيقه',
      'حيث اتضح وفاة المصاب بعد وصوله',
      'وأدلى شقيقه بمعلومات عن هوية الجناة',
      'وباشرت الجهات المختصة إجراءات الضبط',
    ];
    const spaced = `${clauses.join(' ، ')} .`;
    expect(isTicker(spaced)).toBe(false);
    expect(isTicker(spaced)).toBe(tickerReference(spaced));
    // A line-up after the goals (JA-sport-39, JA-sport-70): two prose stretches around names joined by dashes.
    const players = [
      'زياد الجبالي',
      'علية البريقي',
      'عمار الجمل',
      'غازي عبد الرزاق',
      'رامي البدوي',
      'وجدي كشريدة',
      'حسين ناطر',
      'عامر بوعزة',
      'بايو فاكون',
    ];
    const lineup = `وسجل أهداف المقابلة كل من اللاعب الأول في الدقيقة 35 من ضربة جزاء والثاني في الدقيقة 63. ودخل الفريق المقابلة بالتشكيلة الأساسية التالية : ${players.join(' - ')}. يشار أن زملاء اللاعب كانوا قد خاضوا صباح اليوم مباراة ودية أمام فريق آخر بمركب الفريق وانتهت بالتعادل السلبي بين الفريقين .`;
    expect(isTicker(lineup)).toBe(false);
    expect(isTicker(lineup)).toBe(tickerReference(lineup));
    // A round's fixtures (JA-sport-293, JA-sport-330): pairs of clubs joined by dashes.
    const clubs = [
      'النادي الصفاقسي',
      'النادي البنزرتي',
      'أولمبيك سيدي بوزيد',
      'النجم الساحلي',
      'إتحاد بن قردان',
      'الشبيبة القيروانية',
      'الترجي الجرجيسي',
      'إتحاد تطاوين',
      'مستقبل المرسى',
      'النادي الإفريقي',
      'نادي حمام الأنف',
      'مستقبل قابس',
    ];
    const pairs = [];
    for (let i = 0; i < clubs.length; i += 2) pairs.push(`${clubs[i]} – ${clubs[i + 1]}`);
    const fixtures = `الأربعاء 15 فيفري الساعة 14:00 ${pairs.join(' ')}`;
    expect(isTicker(fixtures)).toBe(false);
    expect(isTicker(fixtures)).toBe(tickerReference(fixtures));
    // Shops a programme covers, each joined by و (AL-economy-635).
    const shops = [
      'السيارات والدراجات النارية',
      'قطع غيار السيارات',
      'الملابس الجاهزة',
      'الأواني المنزلية',
      'الساعات والذهب',
      'مواد الإعمار والبناء',
      'السجاد بجميع أنواعه',
    ];
    const conjoined = `يذكر أن البرنامج يعنى بإعداد المتدربين وسيشمل مجالات منها: محلات ${shops.join(' ومحلات ')}.`;
    expect(isTicker(conjoined)).toBe(false);
    expect(isTicker(conjoined)).toBe(tickerReference(conjoined));
    // Headlines between dashes still make a ticker: their segments run to several words.
    const heads = [
      'الملك يستقبل وفدا رسميا من الخارج',
      'ارتفاع أسعار الذهب في السوق المحلية',
      'الأمن العام يحذر من حالة الطقس',
      'افتتاح معرض الكتاب في العاصمة اليوم',
      'وزير التربية يعلن موعد الامتحانات',
    ];
    const dashed = heads.concat(heads).join(' - ');
    expect(isTicker(dashed)).toBe(true);
    expect(isTicker(dashed)).toBe(tickerReference(dashed));
  });

  it("leaves lists whose items a second mark splits into fields alone, and brackets (../shared/unlabeled: all its tickers but the seed's were lists or prose)", () => {
    // JA-sport-298: each fixture «A - B / referee»: / separates, a dash in every item.
    const games = [
      'سبورتنغ بن عروس - إتحاد سليانة',
      'قوافل قفصة - نادي كرة القدم بالحمامات',
      'مستقبل القصرين - النادي القربي',
      'الإتحاد المنستيري - أولمبيك الكاف',
      'أمل حمام سوسة - الملعب الإفريقي بمنزل بورقيبة',
    ];
    const referees = ['أمير الوصيف', 'مختار دبوس', 'أسامة بن اسحاق', 'مراد الجربي', 'ماهر الحرابي'];
    const fixtures = games.map((g, k) => `${g} / ${referees[k]}`).join(' ');
    expect(isTicker(fixtures)).toBe(false);
    expect(isTicker(fixtures)).toBe(tickerReference(fixtures));
    // JA-sport-448 writes – and - in one list: both are the same mark.
    const mixed = games.map((g, k) => `${k % 2 ? g : g.replace(' - ', ' – ')} / ${referees[k]}`).join(' ');
    expect(isTicker(mixed)).toBe(false);
    expect(isTicker(mixed)).toBe(tickerReference(mixed));
    // JA-localNews-173: appointments «* name : post».
    const posts = [
      'ريم رويس : رئيسا لديوان وزير الشؤون الثقافية',
      'علي المرموري : مديرا عاما للمؤسسة الوطنية لتنمية المهرجانات',
      'أنيس المؤدب : مديرا عاما لمركز الموسيقى العربية والمتوسطية',
      'توفيق العلوي : مديرا عاما لمعهد تونس للترجمة',
      'يوسف بن ابراهيم : مديرا عاما للمؤسسة التونسية',
    ];
    const appointments = posts.map((p) => `* ${p}`).join(' ');
    expect(isTicker(appointments)).toBe(false);
    expect(isTicker(appointments)).toBe(tickerReference(appointments));
    // JA-sport-1330: a team of the week, each player's club in brackets written apart.
    const players = ['ماكسيم فودجو', 'علي معلول', 'أشالاو تامان', 'فاروق شافعي', 'سامح الدربالي', 'حمزة لحمر'];
    const clubs = ['الهلال السوداني', 'الأهلي المصري', 'سان جورج الأثيوبي', 'إتحاد الجزائر', 'الأهلي الليبي', 'النجم الساحلي'];
    const team = players.map((p, k) => `${p} ( ${clubs[k]} )`).join(' ');
    expect(isTicker(team)).toBe(false);
    expect(isTicker(team)).toBe(tickerReference(team));
    // Headlines with a mark in a few of them are still a ticker.
    const heads = [
      'الملك يستقبل وفدا رسميا من الخارج',
      'ارتفاع أسعار الذهب - السوق المحلية',
      'الأمن العام يحذر من حالة الطقس',
      'افتتاح معرض الكتاب في العاصمة اليوم',
      'وزير التربية يعلن موعد الامتحانات',
    ];
    const ticker = heads.concat(heads).join(' | ');
    expect(isTicker(ticker)).toBe(true);
    expect(isTicker(ticker)).toBe(tickerReference(ticker));
  });

  it('reads a line of more words than its first scratch arrays hold, and a short line after it', () => {
    // The word ranges live in arrays kept from line to line (1,024 words at first, grown as needed).
    const a = ['الملك', 'الوزير', 'الرئيس', 'السفير', 'المحافظ', 'النائب', 'المدير'];
    const b = ['يستقبل', 'يلتقي', 'يزور', 'يفتتح', 'يرعى'];
    const heads = Array.from({ length: 700 }, (_, k) => `${a[k % 7]} ${b[Math.floor(k / 7) % 5]} وفدا رسميا`);
    const long = heads.join(' nayrouz ');
    expect(long.split(' ').length).toBeGreaterThan(2048);
    expect(isTicker(long)).toBe(tickerReference(long));
    expect(isTicker(long)).toBe(true);
    const prose = 'زار الوفد اليابان أمس وناقش التعاون في مجالات الطاقة والمياه والنقل مع الجانب الياباني في طوكيو ثم عاد إلى عمان';
    expect(isTicker(prose)).toBe(tickerReference(prose));
    expect(isTicker(prose)).toBe(false);
  });

  it('agrees with the first implementation on random lines (property)', () => {
    const vocabulary = [
      'في',
      'من',
      'مليار',
      'دولار،',
      'الطاقة',
      'محطة',
      'الرياح',
      'عمان',
      '2025',
      '16',
      'أخبار.',
      'م.',
      'و',
      'القمة',
      'اليابان',
      'nayrouz',
      // Marks written apart: a list's fields (- – / :) and brackets.
      '-',
      '–',
      '/',
      ':',
      '(',
    ];
    const space = fc.constantFrom(' ', '  ', '\t', '\u00a0', '\u2009', '\u3000');
    const words = (max: number) =>
      fc
        .array(fc.tuple(fc.constantFrom(...vocabulary), space), { minLength: 1, maxLength: max })
        .map((ps) => ps.map(([w, sp]) => w + sp).join(''));
    // Headlines between a repeated separator, as tickers are, and free text.
    const tickerLike = fc
      .tuple(fc.constantFrom('nayrouz', '|', '•', 'عاجل', 'الطاقة', 'في', '/', '('), fc.array(words(8), { minLength: 3, maxLength: 14 }))
      .map(([sep, heads]) => heads.join(` ${sep} `));
    const line = fc.oneof(tickerLike, words(90));
    const lines = fc.sample(line, { numRuns: 4000, seed: 7 });
    const positives = lines.filter(tickerReference).length;
    // Enough tickers to test both answers (fewer since bullets that end like sentences are no ticker).
    expect(positives).toBeGreaterThan(20);
    expect(positives).toBeLessThan(3800);
    for (const l of lines) expect(isTicker(l), l).toBe(tickerReference(l));
    fc.assert(
      fc.property(line, (l) => isTicker(l) === tickerReference(l)),
      { numRuns: 2000 },
    );
  });
});

describe('line ends', () => {
  it.each([
    ['انتهى الاجتماع.', true],
    ['قال: «انتهى الاجتماع.»  ', true],
    ['هل انتهى؟', true],
    ['(كما ورد).)', true],
    ['بدون علامة', false],
    ['', false],
    ['»', false],
  ])('endsSentence(%j) = %s', (line, want) => expect(endsSentence(line)).toBe(want));

  it.each([
    ['نيروز الإخبارية :', true],
    ['المصدر：', true],
    ['كتب: \t', true],
    ['نص عادي', false],
    ['', false],
  ])('endsInColon(%j) = %s', (line, want) => expect(endsInColon(line)).toBe(want));

  it('reads a byline and refuses a long or numbered one', () => {
    expect(parseByline('  نيروز الإخبارية :  ')).toBe('نيروز الإخبارية');
    expect(parseByline('عدد 12 :')).toBeNull();
    expect(parseByline('هذا سطر طويل جدا فيه كلمات كثيرة :')).toBeNull();
  });
});
