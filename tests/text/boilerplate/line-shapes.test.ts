import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { endsInColon, endsSentence, isTicker, parseByline } from '../../../src/text/boilerplate/line-shapes.js';
import { foldString } from '../../../src/text/normalize/index.js';
import { defaultWordKnowledge } from '../../../src/text/word-knowledge.js';

/** isTicker as first written (a Unicode split and a Map of words): the fast one must agree. */
function tickerReference(line: string): boolean {
  const words = line.trim().split(/\s+/u);
  if (words.length < 20) return false;
  const counts = new Map<string, number>();
  for (const w of words) if (w.length > 0) counts.set(w, (counts.get(w) ?? 0) + 1);
  for (const [token, n] of counts) {
    if (n < 5) continue;
    if (/^\d+$/.test(token) || defaultWordKnowledge().isStop(foldString(token))) continue;
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
    if (segments.filter((s) => s.some((w) => /\d/u.test(w))).length > 0.3 * segments.length) continue;
    if (!/[\u0600-\u06FF]/u.test(token)) return true;
    const punctuated = segments.filter((s) => s.some((w) => /[،,;؛]$|[^.]\.$/u.test(w))).length;
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
    ];
    const space = fc.constantFrom(' ', '  ', '\t', '\u00a0', '\u2009', '\u3000');
    const words = (max: number) =>
      fc
        .array(fc.tuple(fc.constantFrom(...vocabulary), space), { minLength: 1, maxLength: max })
        .map((ps) => ps.map(([w, sp]) => w + sp).join(''));
    // Headlines between a repeated separator, as tickers are, and free text.
    const tickerLike = fc
      .tuple(fc.constantFrom('nayrouz', '|', '•', 'عاجل', 'الطاقة', 'في'), fc.array(words(8), { minLength: 3, maxLength: 14 }))
      .map(([sep, heads]) => heads.join(` ${sep} `));
    const line = fc.oneof(tickerLike, words(90));
    const lines = fc.sample(line, { numRuns: 4000, seed: 7 });
    const positives = lines.filter(tickerReference).length;
    expect(positives).toBeGreaterThan(100);
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
