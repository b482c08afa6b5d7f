// Number and date forms of unseen news (f29, mined from ../shared/unlabeled): each case failed before
// the rule its describe names.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { extractFigures } from '../../src/figures/index.js';
import type { Figure } from '../../src/model/types.js';

type Row = [string, string, unknown];

function figures(text: string, published: string | null = null): Row[] {
  const out: Figure[] = extractFigures(text, { published });
  for (const f of out) expect(text.slice(f.start, f.end)).toBe(f.text);
  return out.map((f) => [f.kind, f.text, f.value]);
}

/** An ANT page of `site` around `body`. */
function antPage(site: string, body: string): string {
  return `<DOC>\n<DOCNO>JA-economy-1-20140207</DOCNO>\n<URL>http://example.net/ar/article/1</URL> \n<SRC>${site}</SRC>\n<CAT>economy</CAT>\n<TITLE>خبر</TITLE>\n<TIME>2014-02-07T10:00:00+01:00</TIME>\n<ABSTRACT>\n\n</ABSTRACT>\n<TEXT>\n${body}\n</TEXT>\n</DOC>\n`;
}

describe('a bare دينار on a Tunisian outlet is the Tunisian dinar (site-countries.tsv)', () => {
  it.each<[string, string, string | null]>([
    ['Jawhara FM', 'تفاقم العجز التجاري لتبلغ قيمته 863.2 مليون دينار مقابل 769.6 مليون دينار.', 'TND'],
    ['Jawhara FM', 'وقدرت قيمة المحجوز ب106 آلاف دينار، تنضاف اليها حوالي 60 ألف دينار.', 'TND'],
    // A pan-Arab outlet decides nothing.
    ['skynews', 'وقدرت قيمة المحجوز ب106 آلاف دينار، تنضاف اليها حوالي 60 ألف دينار.', null],
  ])('%s: %s', (site, body, unit) => {
    const text = antPage(site, body);
    const money = analyze(text).figures.filter((f) => f.kind === 'money');
    expect(money.length).toBe(2);
    for (const f of money) {
      expect(text.slice(f.start, f.end)).toBe(f.text);
      expect(f.unit).toBe(unit);
    }
  });

  it('a country named near the amount still wins', () => {
    const text = antPage('Jawhara FM', 'وقدمت ليبيا قرضا بقيمة 30 مليون دينار ليبي للمشروع.');
    expect(analyze(text).figures.find((f) => f.kind === 'money')?.unit).toBe('LYD');
  });
});

describe('a dash pair of small numbers by a match result is a score, no range (scorePair in 05-combine)', () => {
  it.each<[string, Row[]]>([
    // written in digits, the score is no figure at all (dropScores, f31)
    ['وخسر 1-2 بهدف قاتل في الوقت بدل الضائع.', []],
    ['حيث خسر من كونيا سبور التركي 0 - 4 في معسكره.', []],
    // with صفر written as a word too (blockZeroScores, f34)
    ['وهزيمته أمام نيجيريا صفر - 2 في الدور الأول.', []],
  ])('%s', (text, want) => {
    expect(figures(text)).toEqual(want);
  });

  it('a dash pair with no match word stays a range', () => {
    expect(figures('ويتراوح عدد الغرف بين 3-6 في كل طابق.')).toEqual([['number', '3-6', 3]]);
  });
});

describe('an age in springs is years (ربيعا in units.tsv)', () => {
  it.each<[string, Row]>([
    ['توفي الفقيد ذو ال28 ربيعا أصيل منطقة البئر.', ['duration', '28 ربيعا', 28]],
    ['وصاحب الـ 33 ربيعا، أب أيضا للتوأم.', ['duration', '33 ربيعا', 33]],
    ['الطفلة الفلسطينية ذات الأربعة عشر ربيعا، وهي تروي معاناتها.', ['duration', 'الأربعة عشر ربيعا', 14]],
  ])('%s', (text, want) => {
    expect(figures(text)).toContainEqual(want);
  });
});

describe('أقصاها before a number is at most (qualifier_before)', () => {
  it.each<[string, string]>([
    ['ويعاقب بالسجن لمدة أقصاها خمس سنوات وغرامة مالية.', 'خمس سنوات'],
    ['بتشكيل الحكومة الجديدة خلال مدة أقصاها 30 يوما.', '30 يوما'],
  ])('%s', (text, span) => {
    const f = extractFigures(text).find((g) => g.text === span);
    expect(f?.qualifier).toBe('at_most');
  });
});

// 2018-03-07 is a Wednesday.
describe('a weekday with an adjective that names the day is no date (date_weekday_name_words)', () => {
  it.each<string>([
    'واستذكر المتظاهرون الأحد الدموي الذي سقط فيه عشرات القتلى.',
    'ونشرت الصور على منصة "الأربعاء الأبيض" التي أطلقت حملة.',
    'وأغلقت البورصة بسبب عطلة يوم الجمعة العظيم.',
    'وتذكر المستثمرون الخميس الأسود في الأسواق.',
  ])('%s', (text) => {
    expect(figures(text, '2018-03-07').filter((r) => r[0] === 'date')).toEqual([]);
  });
});
