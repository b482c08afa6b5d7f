// Entity precision on unseen news (sample3k of ../shared/unlabeled): a company's F (فورد), a name's F
// before a given name (فلين), family names in الله (العبد الله) and viruses (كورونا).
import { describe, expect, it } from 'vitest';
import { analyzeText, handTagger } from './analyze-text.js';

function mentions(doc: ReturnType<typeof analyzeText>, type: string): string[] {
  return doc.entities.filter((e) => e.type === type).flatMap((e) => e.mentions.map((m) => m.text));
}

describe('the F of a name', () => {
  it('keeps the F of a company the splitter read as the conjunction (شركة فورد)', () => {
    const doc = analyzeText('تعود شركة «فورد» الأميركية للمشاركة في السباق هذا العام.', [handTagger([{ text: 'فورد', type: 'ORG' }])]);
    expect(mentions(doc, 'ORG')).toEqual(['فورد']);
  });

  it('keeps the F of a person whose rest is a given name (فلين, not لين)', () => {
    const doc = analyzeText('وكان فلين في منصب رئيس وكالة استخبارات الدفاع قبل ذلك.', [handTagger([{ text: 'فلين', type: 'PERS' }])]);
    expect(mentions(doc, 'PERSON')).toEqual(['فلين']);
  });

  it('reads ف before a rest the document writes alone as the conjunction', () => {
    const doc = analyzeText('وصل أوباما إلى المدينة أمس. فأوباما يريد الاتفاق قبل نهاية العام.', [
      handTagger([{ text: 'فأوباما', type: 'PERS' }]),
    ]);
    expect(mentions(doc, 'PERSON')).toContain('أوباما');
    expect(mentions(doc, 'PERSON')).not.toContain('فأوباما');
  });
});

describe('family names in الله', () => {
  it('carries a cue name on to الله (الوزير محمد العبد الله)', () => {
    const doc = analyzeText('وأوضح الوزير محمد العبد الله أن الخلاف انتهى.');
    expect(mentions(doc, 'PERSON')).toEqual(['محمد العبد الله']);
  });

  it("carries the tagger's name on to الله (إبراهيم الجار الله)", () => {
    const doc = analyzeText('وأثنى الحضور على إبراهيم الجار الله الذي دعم هذا العمل.', [
      handTagger([{ text: 'إبراهيم الجار', type: 'PERS' }]),
    ]);
    expect(mentions(doc, 'PERSON')).toEqual(['إبراهيم الجار الله']);
  });
});

describe('family names that are mostly plain words (surname-pair-words.tsv)', () => {
  it('carries a cue name on to its family name (رئيس الحكومة الحبيب الصيد)', () => {
    const doc = analyzeText('وقال رئيس الحكومة الحبيب الصيد إن الوضع صعب.');
    expect(mentions(doc, 'PERSON')).toEqual(['الحبيب الصيد']);
  });

  it("carries the tagger's given name on to it (وذكر م. محمد المخرج)", () => {
    const doc = analyzeText('وذكر المهندس محمد المخرج أمين محافظة الطائف أن العمل مستمر.', [handTagger([{ text: 'محمد', type: 'PERS' }])]);
    expect(mentions(doc, 'PERSON')).toEqual(['محمد المخرج']);
  });

  it('leaves the word to a given name it does not name (محمد الصيد is no pair)', () => {
    const doc = analyzeText('وقال الدكتور محمد الصيد في البحر ممنوع.');
    expect(mentions(doc, 'PERSON')).not.toContain('محمد الصيد');
  });
});

describe('a given name that is also a nisba', () => {
  it('reads العربي after a definite noun as its adjective (بالشعر العربي الفصيح)', () => {
    const doc = analyzeText('تهتم الأكاديمية بالشعر العربي الفصيح دراسة وأبحاثا.');
    expect(mentions(doc, 'PERSON')).toEqual([]);
  });

  it('still reads it as a name after قال (وقال العربي بن مهيدي)', () => {
    const doc = analyzeText('وقال العربي بن مهيدي إن الثورة مستمرة.');
    expect(mentions(doc, 'PERSON')).toEqual(['العربي بن مهيدي']);
  });
});

describe('a name that runs on into a dual or plural verb', () => {
  it("ends the tagger's name before يتعهدان (ترامب وكيم يتعهدان)", () => {
    const doc = analyzeText('ترامب وكيم يتعهدان بالتعاون لإحلال السلام.', [handTagger([{ text: 'كيم يتعهدان', type: 'PERS' }])]);
    expect(mentions(doc, 'PERSON')).toContain('كيم');
    expect(mentions(doc, 'PERSON')).not.toContain('كيم يتعهدان');
  });

  it('ends a cue name before يتحملان (والرئيس المنصف المرزوقي يتحملان)', () => {
    const doc = analyzeText('إن حكومة الترويكا والرئيس المنصف المرزوقي يتحملان مسؤولية تسفير الشباب.');
    expect(mentions(doc, 'PERSON')).toEqual(['المنصف المرزوقي']);
  });
});

describe('a place name after a title', () => {
  it('reads a one-word city after الأميرة as her name (والأميرة شارلوت)', () => {
    const doc = analyzeText('ومن بينهم الأمير جورج والأميرة شارلوت، أبناء الأمير وليام.');
    expect(doc.entities.some((e) => e.type === 'CITY')).toBe(false);
    expect(mentions(doc, 'PERSON')).toContain('شارلوت');
  });

  it('keeps the province after والي, a role (والي سوسة)', () => {
    const doc = analyzeText('أعلن والي سوسة الجديد عن أولوياته.');
    expect(doc.entities.some((e) => e.type === 'CITY')).toBe(true);
  });
});

describe('viruses', () => {
  it('reads no organisation or place in كورونا', () => {
    const doc = analyzeText('سجلت الصحة إصابتين جديدتين بفيروس كورونا في الرياض، وحذرت من أعراض كورونا.', [
      handTagger([
        { text: 'كورونا', type: 'ORG' },
        { text: 'كورونا في', type: 'LOC' },
      ]),
    ]);
    expect(doc.entities.filter((e) => e.mentions.some((m) => m.text.includes('كورونا')))).toEqual([]);
  });
});

describe('a name that runs on into نجم', () => {
  it('ends a name of two words before نجم', () => {
    const doc = analyzeText('وأضاف لوكا مودريتش نجم وسط ريال مدريد الهدف الثاني.', [
      handTagger([{ text: 'لوكا مودريتش نجم', type: 'PERS' }]),
    ]);
    expect(mentions(doc, 'PERSON')).toEqual(['لوكا مودريتش']);
  });
});

describe('القاضي before a verbal noun', () => {
  it('reads no name in والقاضي بإعدامه رميا بالرصاص', () => {
    const doc = analyzeText('وأيدت المحكمة الحكم الصادر في حقه والقاضي بإعدامه رميا بالرصاص، بحسب ما أوردته الصحيفة.');
    expect(mentions(doc, 'PERSON')).toEqual([]);
  });
});

describe('a role phrase that ends on a verbal noun', () => {
  it('reads no name after رئيس عصابة مخدرات لتجده يعيش', () => {
    const doc = analyzeText('داهمت الشرطة زنزانة رئيس عصابة مخدرات لتجده يعيش حياة مترفة داخلها.');
    expect(mentions(doc, 'PERSON')).toEqual([]);
  });
});

describe('a system spelled with spaces', () => {
  it('reads no organisation in جي بي إس', () => {
    const doc = analyzeText('وتحدد الخدمة الموقع عن طريق نظام جي بي إس في الهاتف.', [handTagger([{ text: 'جي بي إس', type: 'ORG' }])]);
    expect(mentions(doc, 'ORG')).toEqual([]);
  });
});

describe('a word the news writes whole is no proclitic and a place (place-clitic-words.tsv)', () => {
  it.each<[string, string]>([
    ['كسرت is "broke", not ك + سرت (sample3k)', 'في أقل من عام كسرت العملة الإيرانية أرقاما قياسية في الهبوط.'],
    ['باكرا is "early", not ب + أكرا (sample3k)', 'غادر فراشه باكرا ليقود سيارته صوب عمله.'],
    ['كواليس is "backstage", not ك + واليس (sample3k)', 'ويبدو أن هناك كواليس خاصة لتأجيل المسلسل.'],
    ['بناها is "built it", not ب + ناها (sample3k)', 'تعتبر قاعدة العند التي بناها الاتحاد السوفيتي مهمة.'],
  ])('%s', (_why, text) => {
    expect(mentions(analyzeText(text), 'CITY')).toEqual([]);
  });

  it('still reads the town after a real proclitic (بسرت، وسرت)', () => {
    expect(mentions(analyzeText('وقعت اشتباكات بسرت أمس.'), 'CITY')).toEqual(['سرت']);
  });
});
