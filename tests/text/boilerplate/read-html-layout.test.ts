// HTML pages lose nothing in silence (issue 21): a character reference is read as its
// character with its span still in the input (7&#x25; is 7%); a short last paragraph stays the
// article's unless there is evidence it is boilerplate; a headline ticker written in <p>
// elements is set aside, as a ticker line of a text page is.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analyze.js';
import { readPageLayout } from '../../../src/text/boilerplate/read-page-layout.js';
import { decodeReference, visibleReferenceAt } from '../../../src/text/char-references.js';
import { checkAnalysisSpans } from '../../helpers/spans.js';

const page = (body: string, before = '') =>
  `<!DOCTYPE html>\n<html><head><title>عنوان | موقع</title></head>\n<body>\n<nav>الرئيسية | أخبار</nav>\n${before}<h1>أوزبكستان تبني محطة طاقة شمسية جديدة</h1>\n` +
  '<p>أعلنت وزارة الطاقة في أوزبكستان اليوم عن بدء بناء محطة جديدة للطاقة الشمسية بقدرة 500 ميغاواط في منطقة سمرقند.</p>\n' +
  '<p>وقال الوزير إن المحطة ستدخل الخدمة في عام 2027، وإنها ستوفر الكهرباء لنحو 300 ألف منزل في المنطقة.</p>\n' +
  `${body}\n<footer>جميع الحقوق محفوظة</footer>\n</body></html>\n`;

describe('character references', () => {
  it.each([
    ['&#x25;', '%'],
    ['&#37;', '%'],
    ['&percnt;', '%'],
    ['&amp;', '&'],
    ['&laquo;', '«'],
    ['&#1642;', '٪'],
    ['&nosuch;', null],
  ])('%s stands for %j', (ref, char) => expect(decodeReference(ref)).toBe(char));

  it('a reference to a space is not a visible character', () => {
    expect(visibleReferenceAt('a&nbsp;b', 1, 8)).toBeNull();
    expect(visibleReferenceAt('7&#x25;', 1, 7)).toEqual({ end: 7, char: '%' });
  });

  it.each(['7&#x25;', '7&#37;', '7&percnt;'])('%s in a paragraph is 7%%, its span the reference itself', (written) => {
    const text = page(`<p>وارتفعت حصة الطاقة المتجددة في إنتاج الكهرباء إلى ${written} من الإجمالي في العام الماضي.</p>`);
    const a = analyze(text);
    const f = a.figures.find((x) => x.text.startsWith('7'));
    expect(f).toMatchObject({ text: written, value: 7, unit: '%', kind: 'percent' });
    checkAnalysisSpans(text, a);
  });
});

describe('the last paragraph of an HTML page', () => {
  it('a short one with no final period stays in the article, its figure kept', () => {
    const text = page('<p>وارتفعت الحصة إلى 7&#x25;</p>');
    const a = analyze(text);
    expect(text.slice(a.document.body.start, a.document.body.end)).toContain('وارتفعت الحصة');
    expect(a.figures.map((f) => f.text)).toContain('7&#x25;');
  });

  it.each([
    ['a copyright line', '<p>© جميع الحقوق محفوظة لموقع الأخبار</p>'],
    ['a list of links', '<p><a href="/a">خبر آخر عن الطاقة</a> <a href="/b">خبر ثالث</a></p>'],
    ['a paragraph in a comments section', '<div class="comments"><p>تعليق: مقال رائع جدا</p></div>'],
    ['a read-also line', '<p>اقرأ أيضاً: محطة جديدة في طشقند</p>'],
  ])('%s after it is still set aside', (_name, trailer) => {
    const text = page(trailer);
    const { body } = readPageLayout(text);
    expect(text.slice(body.start, body.end)).not.toContain(trailer.replace(/<[^>]+>/g, '').slice(0, 8));
  });
});

describe('a headline ticker in <p> elements', () => {
  const heads = [
    'ارتفاع أسعار النفط في الأسواق العالمية',
    'وزير الخارجية يستقبل نظيره الياباني',
    'افتتاح معرض الكتاب الدولي في العاصمة',
    'الأرصاد تتوقع أمطارا غزيرة غدا',
    'المنتخب يفوز في مباراة ودية',
    'الحكومة تقر موازنة العام المقبل',
  ];
  const ticker = `<p>عاجل | ${[...heads, ...heads].join(' | ')}</p>\n`;

  it('above the article: the article starts at its title, not at the ticker', () => {
    const text = page('', ticker);
    const a = analyze(text);
    expect(text.slice(a.document.body.start, a.document.body.end)).not.toContain('عاجل');
    expect(a.document.title).toBe('أوزبكستان تبني محطة طاقة شمسية جديدة');
  });

  it('inside an <article>: set aside as a ticker', () => {
    const text = page('', `<article>${ticker}`).replace('</footer>', '</footer>').replace('\n<footer>', '</article>\n<footer>');
    const layout = readPageLayout(text);
    const tickers = layout.setAside.filter((s) => s.kind === 'ticker');
    expect(tickers).toHaveLength(1);
    expect(text.slice(tickers[0].start, tickers[0].end)).toBe(ticker.trim());
  });
});
