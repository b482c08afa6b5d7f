import { describe, expect, it } from 'vitest';
import { compareNames, compareProjects, withinOneEdit } from '../../src/consolidate/compare-projects.js';
import { keyed } from './records.js';

describe('withinOneEdit', () => {
  it.each<[string, string, boolean]>([
    ['فوطوضوئيه', 'فوتوضوئيه', true],
    ['سيمنز', 'سيمنس', true],
    ['عبدالله', 'عبدالعزيز', false],
    ['نور', 'نوري', false], // too short to tell a variant from another word
    ['هيونداي', 'هيونداي', true],
    ['جديد', 'جديده', true], // الجديد / الجديدة: the adjective agrees with مشروع or with قناة
    ['جده', 'جد', false],
  ])('%s ~ %s: %s', (a, b, same) => expect(withinOneEdit(a, b)).toBe(same));
});

describe('compareNames', () => {
  it.each<[string, string, string]>([
    ['مطار الملك عبدالعزيز', 'مطار الملك عبد العزيز', 'same'],
    ['قطار الحرمين', 'قطار الحرمين السريع', 'partial'],
    ['مطار الملك عبدالعزيز', 'مطار الملك عبدالله بن عبدالعزيز', 'differ'],
    ['محطة نور 1', 'محطة نور 2', 'differ'],
    ['المحطة', 'محطة ليلى', 'none'],
  ])('%s / %s: %s', (a, b, agreement) => expect(compareNames(keyed({ name: a }), keyed({ name: b }))).toBe(agreement));
});

describe('compareProjects', () => {
  const story =
    'أبرمت مدينة الملك عبد العزيز للعلوم والتقنية مذكرتي تفاهم لإنشاء أول محطة طاقة شمسية مستقلة بسعة 50 ميغاوات في مدينة الأفلاج';
  const aflaj = { type: 'solar', name: 'محطة شمسية', places: ['الأفلاج'], capacity_mw: 50, context: story };
  it.each<[string, Parameters<typeof keyed>[0], Parameters<typeof keyed>[0], boolean]>([
    [
      'the same name, places agree',
      { name: 'مطار الملك عبدالعزيز الدولي', type: 'airport', places: ['جدة'] },
      { name: 'مطار الملك عبدالعزيز', type: 'airport', places: ['جدة'] },
      true,
    ],
    [
      'the same name, places differ and nothing else agrees',
      { name: 'محطة ليلى', places: ['جدة'] },
      { name: 'محطة ليلى', places: ['تبوك'] },
      false,
    ],
    ['names differ', { name: 'مطار الملك خالد', type: 'airport' }, { name: 'مطار الملك فهد', type: 'airport' }, false],
    ['nameless, place and capacity agree (saudinewsnet-02 / -04)', aflaj, { ...aflaj }, true],
    [
      'nameless, the place agrees, but another story',
      { ...aflaj, capacity_mw: null },
      { ...aflaj, capacity_mw: null, context: 'افتتح المحافظ مهرجان الصيف في الأفلاج بحضور عدد كبير من الزوار والمسؤولين وأعيان المحافظة' },
      false,
    ],
    [
      'nameless, place and capacity agree in two stories (the Tozeur plant of gold-dev)',
      { type: 'project', name: 'مشروع', places: ['توزر'], capacity_mw: 10, country: 'TN' },
      { type: 'solar', name: 'المحطة الفوطوضوئية', places: ['توزر'], capacity_mw: 10, country: 'TN' },
      true,
    ],
    [
      'a plain مشروع and an airport of one city, no figure',
      { type: 'project', name: 'مشاريع المدينة المنورة', places: ['المدينة المنورة'] },
      { type: 'airport', name: 'مطار المدينة المنورة', places: ['المدينة المنورة'] },
      false,
    ],
    [
      'an airport named by its city (مطار أبها), in two stories',
      { type: 'airport', name: 'مطار أبها', places: ['أبها'] },
      { type: 'airport', name: 'مطار أبها', places: ['أبها'] },
      true,
    ],
    [
      'a road named by its city, in two stories',
      { type: 'road', name: 'طريق الخرج', places: ['الخرج'] },
      { type: 'road', name: 'طريق الخرج', places: ['الخرج'] },
      false,
    ],
    [
      'a road named after a king, in two stories',
      { type: 'road', name: 'طريق الملك سعود' },
      { type: 'road', name: 'طريق الملك سعود' },
      false,
    ],
    ['nameless, capacities differ', { ...aflaj, capacity_mw: 40 }, aflaj, false],
    ['nameless, only the country agrees', { type: 'solar', name: 'محطة شمسية' }, { type: 'solar', name: 'محطة شمسية' }, false],
    ['nameless, 90 days apart', { ...aflaj, published: '2015-01-01' }, { ...aflaj, published: '2015-04-01' }, false],
    ['named, 90 days apart', { name: 'محطة ليلى', published: '2015-01-01' }, { name: 'محطة ليلى', published: '2015-04-01' }, true],
    ['different countries', { name: 'محطة ليلى', country: 'SA' }, { name: 'محطة ليلى', country: 'EG' }, false],
    ['different families', { name: 'مطار الزور', type: 'airport' }, { name: 'محطة الزور', type: 'power_plant' }, false],
    ['a generic مشروع joins any family', { name: 'مشروع «واسط»', type: 'project' }, { name: 'معمل واسط', type: 'plant' }, true],
    [
      'costs agree at the peg (375M SAR = 100M USD)',
      { ...aflaj, cost: 375e6, currency: 'SAR', cost_usd: null },
      { ...aflaj, cost: 100e6, currency: 'USD' },
      true,
    ],
  ])('%s: %s', (_, a, b, link) => {
    expect(compareProjects(keyed(a), keyed(b)).link).toBe(link);
  });

  it('never links two records of one document', () => {
    const a = keyed({ name: 'محطة ليلى' });
    const b = keyed({ name: 'محطة ليلى', doc_id: a.record.doc_id, project_id: 'p2' });
    expect(compareProjects(a, b)).toMatchObject({ link: false, compatible: false, rule: 'same document' });
  });
});
