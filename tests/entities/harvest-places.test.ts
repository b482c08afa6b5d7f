// The place harvester on hand-written articles: which names it reads after a cue, where a name
// ends, and which candidates the evidence keeps.
import { describe, expect, it } from 'vitest';
import {
  CueCollector,
  Confirmer,
  cueOccurrences,
  describingWord,
  select,
  shortlist,
  THRESHOLDS,
} from '../../src/entities/harvest/harvest-places.js';
import { defaultWordKnowledge } from '../../src/text/word-knowledge.js';

const k = defaultWordKnowledge();

describe('cueOccurrences', () => {
  it.each([
    // a settlement after a cue with a proclitic, the name closed by a comma
    ['وصل الوفد إلى محافظة الخرسانية، شمال الجبيل', 'محافظه', ['الخرسانيه'], true],
    // a two-word name, closed by a preposition-carrying word
    ['في مدينة سيدي بوزيد وسط البلاد', 'مدينه', ['سيدي', 'بوزيد', 'وسط'], false],
    // a nisba describes the place and ends the name (مدينة إسطنبول التركية)
    ['في حقل الحصبة النفطي', 'حقل', ['الحصبه'], true],
  ])('%s', (text, cue, words, closed) => {
    const [occ] = cueOccurrences(text, k);
    expect(occ.cue).toBe(cue);
    expect(occ.words).toEqual(words);
    expect(occ.closed).toBe(closed);
  });

  it('reads no cue with the article: المدينة المنورة is a name, not a cue', () => {
    expect(cueOccurrences('زار المدينة المنورة أمس', k)).toEqual([]);
  });

  it('reads no name after a cue followed by an ordinal or a verb (ولاية خامسة، مدينة تستضيف)', () => {
    expect(cueOccurrences('ترشح لولاية خامسة', k)).toEqual([]);
    expect(cueOccurrences('أول مدينة تستضيف الألعاب', k)).toEqual([]);
  });

  it('reads a name ending in ة after a cue (محافظة تنومة), and still no verb with its object pronoun (مدينة يخسرها)', () => {
    expect(cueOccurrences('في محافظة تنومة، جنوب المملكة', k)[0]?.words).toEqual(['تنومه']);
    expect(cueOccurrences('أول مدينة يخسرها الحوثيون', k)).toEqual([]);
    expect(cueOccurrences('أول مدينة تحررها القوات', k)).toEqual([]);
  });
});

describe('describingWord', () => {
  it.each([
    ['الساحليه', true],
    ['النفطي', true],
    ['القريبه', true],
    ['السفلي', false],
    ['الشماليه', false],
    ['الجديده', false],
  ])('%s → %s', (form, expected) => expect(describingWord(form)).toBe(expected));
});

describe('shortlist and select', () => {
  // Four outlets name the town after two kinds of cue; a plain word follows a cue as often.
  const articles = [
    ['o1', 'وقع الحادث في محافظة الخرسانية، حسب الشرطة السعودية.'],
    ['o2', 'افتتح مشروع في مدينة الخرسانية، بالمملكة السعودية.'],
    ['o3', 'زار الوزير محافظة الخرسانية. وقال إن المشروع في الخرسانية مهم.'],
    ['o4', 'تقع بلدة الخرسانية، شرق السعودية. كما تقع مدينة كبيرة، قربها.'],
    ['o1', 'مدينة كبيرة، وقرية كبيرة، ومدينة كبيرة، ومدينة كبيرة، وشركة كبيرة وكبيرة وكبيرة وكبيرة.'],
  ];
  const c = new CueCollector(k);
  for (const [outlet, text] of articles) c.add(text, outlet);

  it('keeps a town named in several articles and outlets, after several cues', () => {
    const keys = shortlist(
      c.stats,
      () => false,
      () => false,
    );
    expect(keys).toContain('الخرسانيه');
  });

  it('drops a word that mostly occurs without a cue, and gives the country named around the town', () => {
    const keys = shortlist(
      c.stats,
      () => false,
      () => false,
    );
    const conf = new Confirmer(keys, k, new Map([['السعوديه', 'SA']]));
    articles.forEach(([outlet, text], i) => {
      conf.add(text, `${outlet}:${i}`);
    });
    const rows = select(c.stats, conf.found, c.outlets, { ...THRESHOLDS, minCount: 3, minArticles: 3 });
    const town = rows.find((r) => r.key === 'h-الخرسانيه');
    expect(town).toMatchObject({ type: 'city', country: 'SA', nameAr: 'الخرسانية', articles: 4, outlets: 4 });
    expect(rows.find((r) => r.key === 'h-كبيره')).toBeUndefined();
  });

  it('counts a known place as a vote for its country only after a settlement cue (منطقة عسير), not a word a place shares', () => {
    const keys = shortlist(
      c.stats,
      () => false,
      () => false,
    );
    const places = new Map([
      ['عسير', 'SA'],
      ['كبيره', 'XX'],
    ]);
    const conf = new Confirmer(keys, k, new Map(), () => false, places);
    const local = [
      'وقع الحادث في محافظة الخرسانية بمنطقة عسير.',
      'افتتح مشروع في مدينة الخرسانية، منطقة عسير.',
      'زار الوزير محافظة الخرسانية في منطقة عسير، وهي كبيرة.',
      'تقع بلدة الخرسانية، وهي كبيرة وكبيرة.',
    ];
    local.forEach((text, i) => {
      conf.add(text, `o${i + 1}:${i}`);
    });
    expect(conf.found.get('الخرسانيه')?.countries).toEqual(new Map([['SA', 3]]));
  });
});

/** The harvest's three passes over a few (outlet, text) articles: the rows it would write. */
const harvestRows = (articles: string[][]) => {
  const c = new CueCollector(k);
  for (const [outlet, text] of articles) c.add(text, outlet);
  const keys = shortlist(
    c.stats,
    () => false,
    () => false,
  );
  const conf = new Confirmer(keys, k, new Map());
  articles.forEach(([outlet, text], i) => {
    conf.add(text, `${outlet}:${i}`);
  });
  return select(c.stats, conf.found, c.outlets);
};

describe('valleys (وادي): named places that are no settlement', () => {
  it('reads وادي as a cue, and not the verb أدى that folds to the same letters', () => {
    const [occ] = cueOccurrences('تسلل المسلحون إلى وادي المسيني، بحسب المصادر', k);
    expect(occ).toMatchObject({ cue: 'وادي', words: ['المسيني'], closed: true });
    expect(cueOccurrences('وأدى الانتشار المتزايد للأجهزة إلى ذلك', k)).toEqual([]);
    expect(cueOccurrences('وادى الانتشار المتزايد للأجهزة إلى ذلك', k)).toEqual([]);
  });

  it('keeps a valley as a location named with its cue', () => {
    const rows = harvestRows([
      ['o1', 'سيطرت القوات على وادي عقان، بعد معارك.'],
      ['o2', 'قصف الطيران وادي عقان. وقال السكان إن الوضع هادئ.'],
      ['o3', 'تتواصل المعارك في وادي عقان، منذ أيام.'],
      ['o1', 'عاد النازحون إلى وادي عقان، أمس.'],
    ]);
    expect(rows.find((r) => r.key === 'h-عقان')).toMatchObject({ type: 'valley', names: ['وادي عقان', 'عقان'] });
  });

  it('keeps a valley that news also calls a town as the town (محافظة ضمد، وادي ضمد)', () => {
    const rows = harvestRows([
      ['o1', 'هطلت أمطار على محافظة ضمد، أمس.'],
      ['o2', 'جرت السيول في وادي ضمد، بقوة.'],
      ['o3', 'أعلنت بلدية ضمد، عن مشروع.'],
      ['o1', 'حذر الدفاع المدني من وادي ضمد، ومن السيول.'],
      ['o2', 'زار المحافظ محافظة ضمد، اليوم.'],
      ['o3', 'امتلأ وادي ضمد، بالمياه.'],
      ['o1', 'تقع قرية ضمد، قرب الجبال.'],
      ['o2', 'عبر الرعاة وادي ضمد، مساء.'],
      ['o3', 'غمرت المياه وادي ضمد، كله.'],
    ]);
    expect(rows.find((r) => r.key === 'h-ضمد')).toMatchObject({ type: 'city', names: ['ضمد'] });
  });

  // المجردة ("bare", with the article) is a plain word; مجردة after وادي is still the river.
  const plain = ['o4', 'رأيناه بالعين المجردة، وبالعين المجردة، وبالعين المجردة، وبالعين المجردة أيضا.'];

  it('keeps a valley whose name is a plain word with the article, named with its cue only (وادي مجردة)', () => {
    const rows = harvestRows([
      ['o1', 'ارتفع منسوب وادي مجردة، بعد الأمطار.'],
      ['o2', 'فاض وادي مجردة. وقال السكان إن الوضع خطير.'],
      ['o3', 'شيد جسر على وادي مجردة، بتستور.'],
      ['o1', 'تراجعت مياه وادي مجردة، أمس.'],
      plain,
    ]);
    expect(rows.find((r) => r.key === 'h-مجرده')).toMatchObject({ type: 'valley', names: ['وادي مجردة'], ambiguous: false });
  });

  it('still leaves out a town whose name is a plain word with the article', () => {
    const rows = harvestRows([
      ['o1', 'وقع الحادث في مدينة مجردة، أمس.'],
      ['o2', 'زار الوزير مدينة مجردة. وقال إن المشروع مهم.'],
      ['o3', 'افتتح مستشفى في مدينة مجردة، بالجهة.'],
      ['o1', 'تقع مدينة مجردة، قرب الجبال.'],
      plain,
    ]);
    expect(rows.find((r) => r.key === 'h-مجرده')).toBeUndefined();
  });
});

describe('camps, crossings and bases: named places that are no settlement', () => {
  it('keeps a base as a location named with its cue, and bare (قاعدة حميميم)', () => {
    const rows = harvestRows([
      ['o1', 'استهدفت الطائرات قاعدة حميميم، أمس.'],
      ['o2', 'تستخدم روسيا قاعدة حميميم. وقال المصدر إن الوضع هادئ.'],
      ['o3', 'قررت موسكو توسيع قاعدة حميميم، قرب اللاذقية.'],
      ['o1', 'هبطت الطائرة في قاعدة حميميم، مساء.'],
    ]);
    expect(rows.find((r) => r.key === 'h-حميميم')).toMatchObject({ type: 'base', names: ['قاعدة حميميم', 'حميميم'] });
  });

  it('reads no name after a facility cue whose indefinite first word the corpora know (قاعدة بيانات)', () => {
    const c = new CueCollector(k);
    c.add('أنشأت الوزارة قاعدة بيانات، وقاعدة بيانات أخرى، وقاعدة صواريخ قديمة.', 'o1');
    expect([...c.stats.keys()]).toEqual([]);
  });

  it('keeps a crossing that news also calls a town with its cue only (معبر الذهيبة، بلدة الذهيبة)', () => {
    const rows = harvestRows([
      ['o1', 'أغلق معبر الذهيبة، أمس.'],
      ['o2', 'عبر المسافرون معبر الذهيبة. وقال المصدر إن الوضع هادئ.'],
      ['o3', 'أعيد فتح معبر الذهيبة، اليوم.'],
      ['o1', 'تقع بلدة الذهيبة، في الجنوب.'],
      ['o2', 'شهد معبر الذهيبة، حركة كبيرة.'],
    ]);
    expect(rows.find((r) => r.key === 'h-الذهيبه')).toMatchObject({ type: 'crossing', names: ['معبر الذهيبة'] });
  });

  it('counts no crossing toward a town (العيس: two settlement cues and two crossing ones)', () => {
    const rows = harvestRows([
      ['o1', 'سيطرت القوات على بلدة العيس، أمس.'],
      ['o2', 'تقدمت القوات نحو بلدة العيس. وقال المصدر إن الوضع هادئ.'],
      ['o3', 'أغلق معبر العيس، اليوم.'],
      ['o1', 'فتح معبر العيس، للمدنيين.'],
    ]);
    expect(rows.find((r) => r.key === 'h-العيس')).toBeUndefined();
  });
});

describe('stadiums: named after ملعب، استاد، ستاد', () => {
  it('keeps a stadium named after each cue, and bare, though its first word is known to the corpora (ملعب كامب نو)', () => {
    const rows = harvestRows([
      ['o1', 'فاز برشلونة على ملعب كامب نو، أمس.'],
      ['o2', 'تقام المباراة على استاد كامب نو. وقال المدرب إن الفريق جاهز.'],
      ['o3', 'احتشد الجمهور في ملعب كامب نو، مساء.'],
      ['o2', 'تدرب الفريق على ملعب كامب نو، صباحا.'],
      ['o1', 'عاد الفريق إلى كامب نو، بعد الفوز.'],
    ]);
    expect(rows.find((r) => r.key === 'h-كامب-نو')).toMatchObject({
      type: 'stadium',
      names: ['ملعب كامب نو', 'استاد كامب نو', 'ستاد كامب نو', 'كامب نو'],
    });
  });

  it("keeps no bare name that mostly heads a club's name (كوينز بارك رينجرز)", () => {
    const rows = harvestRows([
      ['o1', 'تقام المباراة على ملعب كوينز بارك، أمس.'],
      ['o2', 'لعب الفريق على استاد كوينز بارك. وقال المدرب إن الفريق جاهز.'],
      ['o3', 'احتشد الجمهور في ملعب كوينز بارك، مساء.'],
      ['o2', 'تدرب الفريق على ملعب كوينز بارك، صباحا.'],
      ['o1', 'وقع اللاعب لنادي كوينز بارك رينجرز، ثم انتقل إلى كوينز بارك رينجرز.'],
    ]);
    expect(rows.find((r) => r.key === 'h-كوينز-بارك')).toMatchObject({
      type: 'stadium',
      names: ['ملعب كوينز بارك', 'استاد كوينز بارك', 'ستاد كوينز بارك'],
    });
  });
});
