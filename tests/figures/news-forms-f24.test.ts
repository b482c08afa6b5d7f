// Number forms of unseen news (f24, mined from ../shared/unlabeled and a sample of 3,000 articles):
// each case failed before the rule its describe names.
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/figures/index.js';
import type { Figure } from '../../src/model/types.js';

type Row = [string, string, unknown, string | null];

function figures(text: string, published: string | null = null): Row[] {
  const out: Figure[] = extractFigures(text, { published });
  for (const f of out) expect(text.slice(f.start, f.end)).toBe(f.text);
  return out.map((f) => [f.kind, f.text, f.value, f.unit]);
}

describe('points of a stock index or a league table are a quantity in unit point (units.tsv)', () => {
  it.each<[string, Row[]]>([
    [
      'ارتفع المؤشر العام 35 نقطة ليغلق عند 6304.39 نقطة',
      [
        ['quantity', '35 نقطة', 35, 'point'],
        ['quantity', '6304.39 نقطة', 6304.39, 'point'],
      ],
    ],
    ['ورفع الفتح رصيده إلى 6 نقاط', [['quantity', '6 نقاط', 6, 'point']]],
    ['وحافظ على مركزه بفارق نقطتين عن هامبورغ', [['quantity', 'نقطتين', 2, 'point']]],
    // basis and percentage points keep their units
    ['خفض الفائدة 50 نقطة أساس', [['percent', '50 نقطة أساس', 50, 'bp']]],
  ])('%s', (text, want) => {
    expect(figures(text)).toEqual(want);
  });

  it.each<[string, Row[]]>([
    // places and items (unit_point_not_after), and a year before نقطة تحول
    ['أقام الجيش 5 نقاط تفتيش على الطريق', [['count', '5', 5, null]]],
    ['كان عام 2015 نقطة تحول في تاريخ الشركة', [['year', '2015', 2015, null]]],
  ])('no points: %s', (text, want) => {
    expect(figures(text)).toEqual(want);
  });
});
