import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeDocument, toAnalysis } from '../../../src/analyze.js';
import { readPageLayout } from '../../../src/text/boilerplate/read-page-layout.js';
import { parseDateLine } from '../../../src/text/boilerplate/line-shapes.js';
import { HAS_SHARED, PROJECT_ROOT, SHARED } from '../../helpers/shared.js';
import { expectSpansHold } from '../../helpers/spans.js';

/** The body's text with its set-aside spans cut out: the pieces that hold more than whitespace, trimmed, joined by |. */
function analyzedText(page: string, layout: ReturnType<typeof readPageLayout>): string {
  const pieces: string[] = [];
  let pos = layout.body.start;
  for (const s of layout.setAside) {
    if (s.end <= pos || s.start >= layout.body.end) continue;
    if (s.start > pos) pieces.push(page.slice(pos, s.start));
    pos = Math.max(pos, s.end);
  }
  if (pos < layout.body.end) pieces.push(page.slice(pos, layout.body.end));
  return pieces
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .join('|');
}

const seed = readFileSync(join(PROJECT_ROOT, 'data/articles/nayrouz-central-asia-japan-summit.txt'), 'utf8');

describe('the seed page', () => {
  const doc = analyzeDocument(seed);
  const body = seed.slice(doc.body.start, doc.body.end);

  it('starts the body at the title and ends it with the signature', () => {
    expect(body.startsWith('القمة الأولى لآسيا الوسطى – اليابان')).toBe(true);
    expect(body.endsWith('شيرزود فايزييف')).toBe(true);
  });

  it('keeps the ticker and the obituary list out of the body', () => {
    expect(body).not.toContain('nayrouz');
    expect(body).not.toContain('وفيات الأردن');
  });

  it('sets {clean_title} and the byline aside, so no sentence or token holds them', () => {
    const kinds = doc.setAside.map((s) => [s.kind, seed.slice(s.start, s.end)]);
    expect(kinds).toContainEqual(['template', '{clean_title}']);
    expect(kinds).toContainEqual(['byline', 'نيروز الإخبارية :']);
    for (const s of doc.sentences) {
      const text = seed.slice(s.start, s.end);
      expect(text).not.toContain('{clean_title}');
      expect(text).not.toContain('نيروز الإخبارية :');
    }
    expect(doc.tokens.some((t) => t.text === 'clean_title')).toBe(false);
  });

  it('records title, date, site, author and language', () => {
    expect(doc.meta).toMatchObject({
      title: 'القمة الأولى لآسيا الوسطى – اليابان: مرحلة جديدة من الشراكة الاستراتيجية',
      published: '2025-12-20',
      site: 'نيروز الإخبارية',
      author: 'شيرزود فايزييف',
      language: 'arb',
    });
  });

  it('keeps every span inside the text', () => {
    expectSpansHold(doc, toAnalysis(doc));
  });
});

describe('page shapes on made-up pages', () => {
  it.each<[string, string, Partial<ReturnType<typeof readPageLayout>>]>([
    [
      'a ticker of headlines separated by a repeated Latin token, above the article',
      [
        'عنوان أول عن الاقتصاد sitex عنوان ثان عن الرياضة sitex عنوان ثالث عن الطقس sitex عنوان رابع عن السياسة sitex عنوان خامس عن الفن sitex عنوان سادس sitex',
        '',
        'وزير الطاقة يفتتح محطة جديدة',
        '',
        'افتتح وزير الطاقة اليوم محطة جديدة لتوليد الكهرباء بقدرة كبيرة في جنوب البلاد، وقال إنها ستغطي حاجة المدن المجاورة.',
      ].join('\n'),
      { title: 'وزير الطاقة يفتتح محطة جديدة' },
    ],
    [
      'a date line in Arabic words and a byline',
      [
        'السبت 20 ديسمبر 2025',
        'الغد الإخبارية :',
        'أعلنت الحكومة اليوم عن خطة جديدة للاستثمار في الطاقة المتجددة تشمل عدة مشاريع كبرى في أنحاء البلاد.',
      ].join('\n'),
      { published: '2025-12-20', site: 'الغد الإخبارية', title: null },
    ],
    [
      'an author cue line',
      ['بقلم: سامي الخطيب', 'تشهد المنطقة تحولات اقتصادية كبيرة في السنوات الأخيرة مع تزايد الاستثمارات في البنية التحتية والطاقة.'].join(
        '\n',
      ),
      { author: 'سامي الخطيب' },
    ],
  ])('%s', (_name, page, expected) => {
    expect(readPageLayout(page)).toMatchObject(expected);
  });

  it('passes over an author line under the title, and stops the body before related links and the copyright', () => {
    const page = [
      'الرئيسية',
      'اقتصاد',
      'الأربعاء 12 مارس 2025',
      'الشركة توقع اتفاقية لإنشاء محطة لتحلية المياه',
      'كتب: أحمد المنصوري',
      'وقعت الشركة اليوم اتفاقية لإنشاء محطة لتحلية المياه في مدينة الجبيل بطاقة إنتاجية كبيرة وبتكلفة تقدر بالمليارات.',
      'وقال المدير إن المشروع سيدخل مرحلة التشغيل التجاري في عام 2027 وسيخدم أكثر من مليوني نسمة.',
      'اقرأ أيضا:',
      'ارتفاع أسعار النفط مع تراجع المخزونات',
      'شارك هذا الخبر',
      'جميع الحقوق محفوظة © 2025',
    ].join('\n');
    const layout = readPageLayout(page);
    expect(layout).toMatchObject({
      title: 'الشركة توقع اتفاقية لإنشاء محطة لتحلية المياه',
      author: 'أحمد المنصوري',
      published: '2025-03-12',
    });
    const body = page.slice(layout.body.start, layout.body.end);
    expect(body.startsWith('الشركة توقع اتفاقية')).toBe(true);
    expect(body.endsWith('أكثر من مليوني نسمة.')).toBe(true);
    const authorLine = page.indexOf('كتب:');
    expect(layout.setAside).toContainEqual({ start: authorLine, end: authorLine + 'كتب: أحمد المنصوري'.length, kind: 'byline' });
  });

  it('keeps a label ending in a colon and the list under it above the first paragraph: no byline', () => {
    // snn-2015-07-21-597 (a recipe), snn-2015-07-24-554 (a match's goals and cards).
    const page = [
      'أسهل طريقة لعمل الكنافة',
      '* المقادير:',
      '- نصف كيلو من الكنافة',
      '- كوب سكر',
      '- كوبان من المكسرات المفرومة',
      '* الطريقة:',
      'قطعي شرائط الكنافة بيديك إلى قطع صغيرة، سخني طاسة كبيرة وضعي الزبد حتى يقدح ثم قلبي الكنافة فيه حتى تصبح وردية اللون.',
    ].join('\n');
    const layout = readPageLayout(page);
    expect(layout.title).toBe('أسهل طريقة لعمل الكنافة');
    expect(page.slice(layout.body.start, layout.body.end).startsWith('أسهل طريقة')).toBe(true);
    expect(layout.setAside).toEqual([]);
  });

  it('keeps a verse a label introduces above the first paragraph', () => {
    // snn-2015-07-27-547: «يقول أبو تمام:» and a verse of two lines above the column.
    const page = [
      'يقول أبو تمام:',
      'السيف أصدق أنباء من الكتب',
      'في حده الحد بين الجد واللعب',
      'ولكن حد السيف الفاصل بين الجد واللعب يضمحل ويصبح أقل قطعية إذا ما وضعنا الندى موضع السيف في أيامنا هذه.',
    ].join('\n');
    const layout = readPageLayout(page);
    expect(layout.body.start).toBe(0);
    expect(layout.setAside).toEqual([]);
  });

  it('keeps the heading of a royal order under the sentence announcing it', () => {
    // snn-2015-07-25-1321, 07-26-347, 07-26-702: the order's number, date and issuer were boilerplate.
    const page = [
      'صدر اليوم أمر ملكي فيما يلي نصه :',
      'بسم الله الرحمن الرحيم',
      'الرقم : أ / 267',
      'التاريخ : 9 / 10 / 1436هـ',
      'بعون الله تعالى',
      'نحن سلمان بن عبدالعزيز آل سعود',
      'ملك المملكة العربية السعودية',
      'بناءً على المادة السادسة والستين من النظام الأساسي للحكم ، الصادر بالأمر الملكي رقم ( أ / 90 ) بتاريخ 27 / 8 /1412 هـ .',
    ].join('\n');
    const layout = readPageLayout(page);
    expect(layout.body.start).toBe(0);
    expect(layout.setAside.filter((s) => s.kind === 'boilerplate')).toEqual([]);
  });

  it('still sets a byline aside above a short title line', () => {
    const page = [
      'الغد الإخبارية :',
      'وزير الطاقة يفتتح محطة جديدة',
      'افتتح وزير الطاقة اليوم محطة جديدة لتوليد الكهرباء بقدرة كبيرة في جنوب البلاد، وقال إنها ستغطي حاجة المدن المجاورة.',
    ].join('\n');
    const layout = readPageLayout(page);
    expect(layout.setAside).toContainEqual({ start: 0, end: 'الغد الإخبارية :'.length, kind: 'byline' });
  });

  it('reads labelled date lines with times under the title, and stops before labelled fields', () => {
    const page = [
      'الصفحة الرئيسية | سياسة | اقتصاد | رياضة',
      'وزير الكهرباء: تشغيل أول وحدة في المحطة عام 2028',
      'كتب - محمد علي',
      'نشر في: 2025-04-03 10:30',
      'آخر تحديث: 2025-04-03 12:00',
      'أكد وزير الكهرباء أن أول وحدة في المحطة ستدخل الخدمة عام 2028 بقدرة كبيرة ضمن أربع وحدات في المشروع.',
      'المصدر: وكالة الأنباء الرسمية',
      'الكلمات المفتاحية: الكهرباء، الطاقة النووية',
    ].join('\n');
    const layout = readPageLayout(page);
    expect(layout).toMatchObject({
      title: 'وزير الكهرباء: تشغيل أول وحدة في المحطة عام 2028',
      author: 'محمد علي',
      published: '2025-04-03',
    });
    expect(page.slice(layout.body.start, layout.body.end).endsWith('ضمن أربع وحدات في المشروع.')).toBe(true);
  });

  it.each([
    ['آخر تحديث: 2025-04-03 12:00', '2025-04-03'],
    ['الأربعاء 12 مارس 2025 10:30 ص', '2025-03-12'],
    ['Published on 2025-04-03', '2025-04-03'],
    ['تم توقيع 3 اتفاقيات في 2025-04-03 بالرياض', null],
  ])('date line %s → %s', (line, expected) => {
    expect(parseDateLine(line)).toBe(expected);
  });

  it.each([
    [
      'a dateline under the title',
      [
        'الخميس 5 يونيو 2025',
        'ارتفاع صادرات المملكة غير النفطية',
        'الرياض - واس',
        'ارتفعت الصادرات غير النفطية للمملكة خلال العام الماضي بنسبة 12% مقارنة بالعام السابق.',
      ],
      'ارتفاع صادرات المملكة غير النفطية',
      'ارتفاع',
    ],
    [
      'a dateline with the agency in parentheses and no title',
      ['القاهرة (أ ف ب)', 'أعلنت الحكومة اليوم عن خطة جديدة للاستثمار في الطاقة المتجددة تشمل عدة مشاريع كبرى.'],
      null,
      'القاهرة',
    ],
  ])('passes over %s: no title, still in the article', (_name, page, title, bodyStartsWith) => {
    const text = page.join('\n');
    const layout = readPageLayout(text);
    expect(layout.title).toBe(title);
    expect(text.slice(layout.body.start).startsWith(bodyStartsWith)).toBe(true);
    expect(text.slice(layout.body.start, layout.body.end)).toContain(page.find((l) => /واس|أ ف ب/.test(l))!);
  });

  it('keeps a signature of a few short lines after the last paragraph', () => {
    const page = [
      'تشهد المنطقة تحولات اقتصادية كبيرة في السنوات الأخيرة مع تزايد الاستثمارات في البنية التحتية والطاقة.',
      'أستاذ الاقتصاد في الجامعة',
      'سامي الخطيب',
    ].join('\n');
    const layout = readPageLayout(page);
    expect(page.slice(layout.body.start, layout.body.end).endsWith('سامي الخطيب')).toBe(true);
    expect(layout.author).toBe('سامي الخطيب');
  });

  it("ends the body before a run-together list of the writer's other articles, however long", () => {
    const page = [
      'تشهد المنطقة تحولات اقتصادية كبيرة في السنوات الأخيرة مع تزايد الاستثمارات في البنية التحتية والطاقة.',
      'وترى الشركة أن الأسعار ستظل ضعيفة في الأمدين القصير والمتوسط.',
      'مقالات أخرى للكاتبالطاقة النووية... استعداد لمرحلة ما بعد النفطهل يستمر دور أوبك القيادي في توازن السوق مستقبلاً..؟أين تتجه مسارات سوق العقار والإسكان في السعودية؟',
    ].join('\n');
    const layout = readPageLayout(page);
    expect(page.slice(layout.body.start, layout.body.end).endsWith('القصير والمتوسط.')).toBe(true);
    expect(layout.setAside.at(-1)).toMatchObject({ end: page.length, kind: 'boilerplate' });
  });

  it('keeps a bulleted list of deals inside the article', () => {
    const page = [
      'أبرمت الشركة اتفاقيات قروض وهبات لإنجاز عدد من المشاريع في مجال إنتاج ونقل الكهرباء في البلاد.',
      'وتهم هذه المشاريع: *محطة بقيمة 16 مليون يورو *قرض بقيمة 11.5 مليون يورو *دعم بقيمة 1.5 مليون يورو *محطة بقدرة 10 ميغاواط *قرض بقيمة 2 مليون يورو *هبة بقيمة 3 ملايين يورو',
    ].join('\n');
    const layout = readPageLayout(page);
    expect(page.slice(layout.body.start, layout.body.end)).toContain('*هبة بقيمة 3 ملايين يورو');
  });

  describe('a list that a sentence announces', () => {
    // JA-sport-709: fixtures joined by *, announced by «وفق البرنامج التالي :» and a time label.
    const fixtures =
      'النجم الرياضي الساحلي * النادي الإفريقي الترجي الرياضي التونسي * نادي كرة اليد بجمال سهم منزل حر * شبيبة الشيحية سبورتينغ المكنين * جمعية الحمامات نسر طبلبة * بعث بني خيار مكارم المهدية * نادي ساقيت الزيت';
    const intro = 'تدور مساء اليوم منافسات الجولة الثامنة عشرة من بطولة القسم الوطني ألف لكرة اليد و تجرى المقابلات وفق البرنامج التالي :';

    it.each([
      ['right below the sentence', [intro, fixtures]],
      ['below a label ending in a colon', [intro, 'الساعة الخامسة مساء :', fixtures]],
      ['after a blank line', [intro, '', fixtures]],
    ])("is the article's, %s (JawharaFM's fixtures were set aside as tickers)", (_, lines) => {
      const page = lines.join('\n');
      const layout = readPageLayout(page);
      expect(layout.setAside.filter((s) => s.kind === 'ticker')).toEqual([]);
      expect(page.slice(layout.body.start, layout.body.end).endsWith(fixtures)).toBe(true);
    });

    const lead = 'احتفظت ألمانيا بطلة العالم بموقعها على رأس قائمة تصنيف المنتخبات التي أصدرها الاتحاد الدولي لكرة القدم، الخميس.';
    // SK-sport-675: twenty ranks below «وفيما يلي قائمة بأول 20 منتخبا ...:»; all but four were set aside.
    const ranks = ['ألمانيا (1)', 'البرازيل (2)', 'بلجيكا (5)', 'البرتغال (3)', 'الأرجنتين (4)', 'سويسرا (8)', 'فرنسا (9)'].map(
      (r, k) => `${k + 1}- ${r}`,
    );

    it.each([
      ['a paragraph ending in a colon', 'وفيما يلي قائمة بأول 20 منتخبا، مع وضع التصنيف السابق بين قوسين:'],
      // JA-sport-496: «وفي ما يلي تذكير بالفرق المترشحة لهذا الدور:» was set aside with its list.
      ['a short sentence ending in a colon', 'وفيما يلي قائمة بأول المنتخبات:'],
    ])('keeps every item of a list that %s announces below the article', (_, announce) => {
      const page = [lead, announce, ...ranks, ''].join('\n');
      const layout = readPageLayout(page);
      expect(layout.setAside).toEqual([]);
      expect(page.slice(layout.body.start, layout.body.end)).toBe([lead, announce, ...ranks].join('\n'));
    });

    it('keeps numbered lists below the article, each under its heading, however many items (snn-2015-08-11-163)', () => {
      const men = [
        'الصربي نوفاك ديوكوفيتش 13755 نقطة',
        'السويسري روجيه فيدرر 9065',
        'البريطاني أندي موراي 7840',
        'الياباني كي نيشيكوري 6025',
        'السويسري ستانيسلاس فافرينكا 5745',
        'التشيكي توماس برديتش 5140',
      ];
      const women = [
        'الأميركية سيرينا ويليامس 12371 نقطة',
        'الروسية ماريا شارابوفا 6386',
        'الرومانية سيمونا هاليب 5151',
        'التشيكية بترا كفيتوفا 4995',
        'الدنماركية كارولين فوزنياكي 4905',
      ];
      const numbered = (xs: string[]) => xs.map((x, k) => `${k + 1} - ${x}`);
      const article = [
        lead,
        '',
        'ترتيب اللاعبين الأوائل:',
        '',
        ...numbered(men),
        '',
        'ترتيب اللاعبات الأوليات:',
        '',
        ...numbered(women),
      ].join('\n');
      const page = `${article}\n\n`;
      const layout = readPageLayout(page);
      expect(layout.setAside).toEqual([]);
      expect(page.slice(layout.body.start, layout.body.end)).toBe(article);
    });

    it('but not a link or an address announced below the article (snn-2015-07-21-2915)', () => {
      const page = [lead, 'رابط المقال الأول للكاتب والدكتور عبدالله الطويرقي :', 'http://sabq.org/sabq/user/articles.do?id=897'].join(
        '\n',
      );
      const layout = readPageLayout(page);
      expect(page.slice(layout.body.start, layout.body.end)).toBe(lead);
    });

    it('starts the article at a sentence announcing its first paragraph (snn-2015-08-04-546)', () => {
      const page = ['صدر عن الديوان الملكي أمس البيان التالي:', lead].join('\n');
      const layout = readPageLayout(page);
      expect(layout.setAside).toEqual([]);
      expect(layout.body).toEqual({ start: 0, end: page.length });
    });

    it('but a label alone does not announce: a ticker under «آخر الأخبار:» stays aside', () => {
      const heads = [
        'الملك يستقبل وفدا رسميا',
        'ارتفاع أسعار الذهب محليا',
        'الأمن العام يحذر من المنخفض',
        'افتتاح معرض الكتاب',
        'فوز النشامى على عمان',
      ];
      const ticker = heads.concat(heads).join(' nayrouz ');
      const page = ['آخر الأخبار:', ticker, intro.replace(' :', '.')].join('\n');
      const layout = readPageLayout(page);
      const aside = layout.setAside.find((s) => s.kind === 'ticker');
      expect(aside && page.slice(aside.start, aside.end)).toBe(ticker);
    });
  });

  it('keeps prose that repeats a word between two paragraphs', () => {
    const line =
      'وجاءت الإمارات بـ68.2 مليار دولار تلتها مصر بقيمة 44.7 مليار دولار ثم السعودية بـ35.2 مليار دولار وبعدها المغرب بـ19.8 مليار دولار ثم الجزائر بقيمة 19 مليار دولار ثم قطر بـ18.2 مليار دولار';
    const para = 'تراجعت تدفقات الاستثمار الأجنبي المباشر الواردة إلى الدول العربية خلال العام الماضي بنسبة كبيرة.';
    const layout = readPageLayout([para, line, para].join('\n'));
    expect(layout.setAside).toEqual([]);
  });

  it('reads the ANT <DOC> wrapper', () => {
    const page =
      '<DOC>\n<DOCNO>X-1</DOCNO>\n<SRC>Jawhara FM</SRC>\n<TITLE>عنوان الخبر</TITLE>\n<TIME>19/01/2017</TIME>\n<AUTHOR>فلان</AUTHOR>\n<TEXT>\nنص الخبر الكامل هنا مع تفاصيل كثيرة عن الموضوع الذي يتناوله الخبر اليوم.\n</TEXT>\n</DOC>\n';
    const layout = readPageLayout(page);
    expect(layout).toMatchObject({ title: 'عنوان الخبر', published: '2017-01-19', site: 'Jawhara FM', author: 'فلان' });
    // The title heads the body, as a page's headline does; the fields between it and the text go aside.
    expect(page.slice(layout.body.start, layout.body.end)).toMatch(
      /^عنوان الخبر<\/TITLE>[\s\S]*<TEXT>\nنص الخبر الكامل هنا مع تفاصيل كثيرة عن الموضوع الذي يتناوله الخبر اليوم\.$/u,
    );
    expect(analyzedText(page, layout)).toBe('عنوان الخبر|نص الخبر الكامل هنا مع تفاصيل كثيرة عن الموضوع الذي يتناوله الخبر اليوم.');
  });

  describe('the ANT abstract', () => {
    const wrap = (abstract: string, text: string) =>
      `<DOC>\n<DOCNO>BB-1</DOCNO>\n<SRC>BBC</SRC>\n<TITLE>عنوان الخبر</TITLE>\n<TIME>Mon, 16 Apr 2018 10:00:00 GMT</TIME>\n<AUTHOR></AUTHOR>\n<ABSTRACT>\n${abstract}\n</ABSTRACT>\n<TEXT>\n${text}\n</TEXT>\n</DOC>\n`;
    // BB-internationalNews-656-20180615: the summary says what the text does not («تقارير غير مؤكدة»).
    const summary = 'تقارير غير مؤكدة ترجح مقتل الملا فضل الله، زعيم حركة طالبان الباكستانية في غارة جوية أمريكية.';
    const text = 'أفادت تقارير بمقتل الملا فضل الله، قائد حركة طالبان، في غارة جوية أمريكية في أفغانستان.';

    it("keeps an abstract the text does not repeat as the article's lead, between its title and its text (BBC, CNN: lost before)", () => {
      const page = wrap(summary, text);
      const layout = readPageLayout(page);
      expect(analyzedText(page, layout)).toBe(['عنوان الخبر', summary, text].join('|'));
      const doc = analyzeDocument(page);
      const sentences = doc.sentences.map((s) => page.slice(s.start, s.end));
      expect(sentences).toContain(summary);
      // Its names are the article's, at their offsets in the page.
      const from = page.indexOf(summary);
      const inAbstract = doc.entities.flatMap((e) => e.mentions).filter((m) => m.start >= from && m.end <= from + summary.length);
      expect(inAbstract.map((m) => m.text)).toContain('أمريكية');
      for (const m of inAbstract) expect(page.slice(m.start, m.end)).toBe(m.text);
      expectSpansHold(doc, toAnalysis(doc));
    });

    it('keeps a rewording whose figure the text does not hold', () => {
      const abstract = 'اتهام اثنين من كبار المسؤولين في الحكومة رسميا بالاحتيال في قضية تتعلق بإنشاء خط سكة حديد بتكلفة 3.2 مليار دولار.';
      const body = 'يواجه اثنان من كبار المسؤولين في الحكومة اتهامات رسمية بالاحتيال في قضية تتعلق بإنشاء خط سكة حديد بتكلفة كبيرة.';
      const page = wrap(abstract, body);
      expect(analyzedText(page, readPageLayout(page))).toBe(['عنوان الخبر', abstract, body].join('|'));
    });

    it.each([
      ['the text holds it', text, text],
      // AL-sport-2385-20180717: two sentences run together in the abstract («الأمريكية.وغاب»).
      [
        'the text holds it but for whitespace',
        'وصل المنتخب إلى سويسرا.ويخوض الأخضر المباراة',
        'وصل المنتخب إلى سويسرا. ويخوض الأخضر المباراة الافتتاحية أمام روسيا.',
      ],
      // AL-culture-1-20180218: the abstract cut at 200 characters, mid-word.
      [
        'the text holds it but for its last word, cut',
        'يبدو أن الصراع بين المدربين الأربعة في برنامج ذا فويس سيشهد تحدياً من نوع خا',
        'يبدو أن الصراع بين المدربين الأربعة في برنامج ذا فويس سيشهد تحدياً من نوع خاص.',
      ],
      // BB-sport-28-20180125: a summary in the lead's own words.
      [
        'the text holds every word of it',
        'فريق أرسنال يلتقي مانشستر سيتي في النهائي.',
        'تأهل فريق أرسنال إلى النهائي. ومن المنتظر أن يلتقي مانشستر سيتي في ملعب ويمبلي.',
      ],
      // A rewording of the lead: kept, it would repeat the lead's names, figures and project ahead of it.
      [
        'the text holds its figures and four words in five',
        'اتهام اثنين من كبار المسؤولين في الحكومة رسميا بالاحتيال في قضية تتعلق بإنشاء خط سكة حديد بتكلفة 3.2 مليار دولار.',
        'يواجه اثنان من كبار المسؤولين في الحكومة اتهامات رسمية بالاحتيال في قضية تتعلق بإنشاء خط سكة حديد بتكلفة 3.2 مليار دولار.',
      ],
    ])('sets the abstract aside when %s', (_, abstract, body) => {
      const page = wrap(abstract, body);
      expect(analyzedText(page, readPageLayout(page))).toBe(['عنوان الخبر', body].join('|'));
    });
  });

  it('reads an ANT article whose TEXT is empty by its title (JA-localNews-1858: refused before as "no Arabic text")', () => {
    const page =
      '<DOC>\n<DOCNO>X-2</DOCNO>\n<SRC>Jawhara FM</SRC>\n<TITLE>راس جدير : القبض على ليبيين ينشطان ضمن شبكة لتدليس جوازات السفر</TITLE>\n<TIME>2017-02-27T12:14:00+01:00</TIME>\n<AUTHOR></AUTHOR>\n<ABSTRACT>\n\n</ABSTRACT>\n<TEXT>\n</TEXT>\n</DOC>\n';
    const layout = readPageLayout(page);
    expect(analyzedText(page, layout)).toBe('راس جدير : القبض على ليبيين ينشطان ضمن شبكة لتدليس جوازات السفر');
    const doc = analyzeDocument(page);
    expect(doc.meta.language).toBe('arb');
    expect(doc.entities.map((e) => e.key)).toContain('LY');
  });

  it('keeps a Latin-only title of an ANT article aside', () => {
    const page =
      '<DOC>\n<DOCNO>X-3</DOCNO>\n<TITLE>Breaking news</TITLE>\n<TEXT>\nنص الخبر الكامل هنا مع تفاصيل كثيرة عن الموضوع.\n</TEXT>\n</DOC>\n';
    const layout = readPageLayout(page);
    expect(page.slice(layout.body.start, layout.body.end)).toBe('نص الخبر الكامل هنا مع تفاصيل كثيرة عن الموضوع.');
  });

  it('sets leaked CSS and script aside', () => {
    const page =
      'هل أنت ممن يسعى أو يؤيد شراء السيارات الفارهة أم أنها في نظرك شيء غير مهم أو له آثار سلبية؟ #vote ul { padding: 0; margin: 0; } .box { color: #fff; } jQuery(document).ready(function(){ jQuery("#a").html("x"); return false; }); نعم لا';
    const layout = readPageLayout(page);
    expect(page.slice(layout.body.start, layout.body.end)).toBe(
      'هل أنت ممن يسعى أو يؤيد شراء السيارات الفارهة أم أنها في نظرك شيء غير مهم أو له آثار سلبية؟',
    );
    expect(layout.setAside.map((s) => s.kind)).toContain('code');
  });
});

describe.skipIf(!HAS_SHARED)('the shared corpus', () => {
  const files = HAS_SHARED ? readdirSync(join(SHARED, 'corpus')).filter((f) => f.endsWith('.txt')) : [];

  it.each(files)('%s analyzes with every span in place', (file) => {
    const text = readFileSync(join(SHARED, 'corpus', file), 'utf8');
    const doc = analyzeDocument(text, { source: file });
    expect(doc.messages.filter((m) => m.reason.startsWith('stage failed'))).toEqual([]);
    expect(doc.body.end).toBeGreaterThan(doc.body.start);
    expect(doc.meta.language).toBe('arb');
    expectSpansHold(doc, toAnalysis(doc));
  });

  it.each(files.filter((f) => f.startsWith('ant-')))('%s has its wrapper fields in the metadata', (file) => {
    const text = readFileSync(join(SHARED, 'corpus', file), 'utf8');
    const doc = analyzeDocument(text);
    const title = /<TITLE>([\s\S]*?)<\/TITLE>/.exec(text)![1].trim();
    expect(doc.meta.title).toBe(title);
    expect(doc.meta.site).toBe(/<SRC>([\s\S]*?)<\/SRC>/.exec(text)![1].trim());
    // The body is the title and the TEXT; the wrapper's tags and fields between them are set aside.
    expect(text.slice(doc.body.start, doc.body.start + title.length)).toBe(title);
    const analyzed = doc.paragraphs.map((p) => text.slice(p.start, p.end)).join('\n');
    expect(analyzed).not.toMatch(/<\/?(?:TEXT|TITLE|TIME|ABSTRACT|DOC)>/u);
    expect(analyzed.startsWith(title)).toBe(true);
  });

  it.each(['saudinewsnet-45.txt', 'saudinewsnet-46.txt'])('%s keeps its leaked CSS and JavaScript outside the body', (file) => {
    const text = readFileSync(join(SHARED, 'corpus', file), 'utf8');
    const doc = analyzeDocument(text);
    const body = text.slice(doc.body.start, doc.body.end);
    expect(body).not.toMatch(/[{};]|jQuery|padding/);
    expect(body.length).toBeGreaterThan(300);
  });
});

describe('HTML pages', () => {
  const page = [
    '<!DOCTYPE html><html lang="ar"><head><title>محطة جديدة - موقع الأخبار</title>',
    '<meta property="og:site_name" content="موقع الأخبار"><meta property="article:published_time" content="2024-03-05T10:00:00Z">',
    '<script>var x = "لا تقرأني. أبدا"; if (a < b) {}</script></head>',
    '<body><nav><a href="/">الرئيسية</a> | <a href="/x">اقتصاد</a></nav>',
    '<article><h1>افتتاح محطة طاقة شمسية</h1>',
    '<p>افتتح <a href="/p?id=3">وزير الطاقة</a> اليوم محطة في مدينة <b>نيوم</b> بقدرة 500&nbsp;ميغاواط. وقال إن المشروع كلف 2.4 مليار دولار.</p>',
    '</article><footer>جميع الحقوق محفوظة 2024</footer></body></html>',
  ].join('\n');
  const doc = analyzeDocument(page);

  it('reads the metadata from the head', () => {
    expect(doc.meta).toMatchObject({ title: 'افتتاح محطة طاقة شمسية', published: '2024-03-05', site: 'موقع الأخبار', language: 'arb' });
  });

  it('takes the site from the <title> suffix when no meta names it', () => {
    const bare = page.replace('<meta property="og:site_name" content="موقع الأخبار">', '');
    expect(analyzeDocument(bare).meta.site).toBe('موقع الأخبار');
  });

  it('keeps sentences whole across inline tags and never tokenizes markup', () => {
    const sentences = doc.sentences.map((s) => page.slice(s.start, s.end));
    expect(sentences).toEqual([
      'افتتاح محطة طاقة شمسية',
      'افتتح <a href="/p?id=3">وزير الطاقة</a> اليوم محطة في مدينة <b>نيوم</b> بقدرة 500&nbsp;ميغاواط.',
      'وقال إن المشروع كلف 2.4 مليار دولار.',
    ]);
    const words = doc.tokens.map((t) => t.text);
    expect(words).toContain('نيوم');
    expect(words).not.toContain('href');
    expect(words).not.toContain('nbsp');
    expect(words).not.toContain('الرئيسية');
  });

  it('keeps every span in place', () => {
    expectSpansHold(doc, toAnalysis(doc));
  });
});

describe('a column written in short lines', () => {
  // SaudiNewsNet's opinion columns break each sentence into lines of three to six words (about 200
  // of its 30,660 articles have most lines under eight words); the lines above the first line that
  // ends a sentence were set aside as chrome, one of them taken for the title.
  const column = [
    '* في معركة الكر والفر بين',
    'ثوار سوريا ونظام الأسد',
    'في ضاحية الزبداني على أطراف دمشق',
    'يقول أمين عام حزب الله',
    'بأن طريق القدس يمر من الزبداني',
    'كانت المخطئة هي',
    'الجغرافيا أم عقول هؤلاء..؟',
    'فحسب الجغرافيا وقياساتها العلمية الدقيقة',
    'فإن طريق القدس بالنسبة لهم',
    'إنما هي إلى الجنوب منهم مباشرة',
    'وليس إلى الشرق حيث الزبداني..',
  ].join('\n');

  it('keeps every line of it in the body, with no title made of a line', () => {
    const layout = readPageLayout(column);
    expect(layout.body).toEqual({ start: 0, end: column.length });
    expect(layout.setAside).toEqual([]);
    expect(layout.title).toBeNull();
  });

  it('still sets a menu of short lines aside above an article', () => {
    const page = ['الرئيسية', 'أخبار محلية', 'رياضة', 'اقتصاد', '', 'عنوان الخبر هنا', column.split('\n').slice(6).join('\n')].join('\n');
    const layout = readPageLayout(page);
    expect(page.slice(layout.body.start, layout.body.end).startsWith('عنوان الخبر هنا')).toBe(true);
  });
});

describe('a poem in an article', () => {
  // A poem's stanzas stand apart by blank lines, and some of its lines hold a single word; the
  // blank line between a paragraph and a poem, or between its stanzas, ended the run of short
  // lines, and every line of the poem past the fourth was set aside (SaudiNewsNet, 9 of 72,338
  // unlabeled articles: snn-2015-07-22-1799, snn-2015-07-31-1342, snn-2015-08-06-2993).
  const intro = 'إهداء إلى وطني الغالي ورجاله المخلصين، بمناسبة ما تحقق للوطن في هذا العيد من نصر مبين، وكشف للكائدين.';
  const poem = [
    'وعاد العيد يا وطني',
    'وأنت على المدى جوهر',
    'وعدت اليوم يا وطني',
    'برغم جراحنا أكبر',
    '**',
    'برغم الداعشي وإن',
    'بغى في الأرض',
    'نَم..',
    'قضى أيامه الأولى',
    'رمى الأعياد والذكرى',
    '',
    'وقدم للأب الحاني',
    'وللخالِ الذي أوفى',
    'مكافأة لما أولى',
    'من الأفراح',
  ].join('\n');

  it('keeps every line of a poem below the paragraph, across its stanza breaks', () => {
    const page = `${intro}\n\n\n${poem}`;
    const layout = readPageLayout(page);
    expect(page.slice(layout.body.start, layout.body.end)).toBe(page);
    expect(layout.setAside).toEqual([]);
  });

  it('keeps a poem above the first paragraph, a blank line between', () => {
    const page = `${poem}\n\n${intro}`;
    const layout = readPageLayout(page);
    expect(layout.body).toEqual({ start: 0, end: page.length });
    expect(layout.setAside).toEqual([]);
  });

  it('does not take photo captions, one to a paragraph, for stanzas', () => {
    const captions = [
      'جثمان أحد الشهداء محمولا على الأكتاف',
      'جموع غفيرة شاركت في الدفن',
      'قيادات أمنية في استقبال نائب الملك',
      'سموه لحظة وصوله إلى عسير',
      'ويصافح مستقبليه في المطار',
    ];
    const page = `${intro}\n\n${captions.join('\n\n')}`;
    const layout = readPageLayout(page);
    // The short lines after the last paragraph are taken as its trailer, at most four of them.
    expect(page.slice(layout.body.start, layout.body.end)).not.toContain('ويصافح مستقبليه في المطار');
  });

  it("still sets aside the writer's contacts below a column", () => {
    const contacts = [
      'aalorabi@hotmail.com',
      'للتواصل مع الكاتب ارسل رسالة SMS',
      'تبدأ بالرمز (10) ثم مسافة ثم نص الرسالة إلى',
      '88591 - Stc',
      '635031 - Mobily',
      '737221 - Zain',
    ];
    const page = `${intro}\n${poem}\n\n${contacts.join('\n')}`;
    const layout = readPageLayout(page);
    const kept = page.slice(layout.body.start, layout.body.end);
    expect(kept.startsWith(intro) && kept.includes('من الأفراح')).toBe(true);
    expect(kept).not.toContain('Zain');
  });
});
