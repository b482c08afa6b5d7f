import { describe, expect, it } from 'vitest';
import { parseFigure } from '../../src/figures/index.js';

describe('a whole phrase as one figure', () => {
  it.each<[string, Record<string, unknown>]>([
    ['واحد', { kind: 'number', value: 1 }],
    ['نصف', { value: 0.5 }],
    ['دستة', { value: 12 }],
    ['متين واحد وعشرين', { value: 221 }],
    ['خمسمية خمسة و عشرين', { value: 525 }],
    ['حداشر', { value: 11 }],
    ['١١/١٠', { value: 1.1 }],
    ['واحد فاصلة واحد', { value: 1.1 }],
    ['الأول', { kind: 'ordinal', value: 1 }],
    ['الثاني عشرة', { kind: 'ordinal', value: 12 }],
    ['الواحد و العشرون', { kind: 'ordinal', value: 21 }],
    ['التسعين', { kind: 'ordinal', value: 90 }],
    ['شهرين', { kind: 'duration', value: 2, unit: 'month' }],
    ['سبع اسابيع', { kind: 'duration', value: 7, unit: 'week' }],
    ['اسبوع', { kind: 'duration', value: 1, unit: 'week' }],
    ['10-20 دولار', { kind: 'money', value: 10, value_max: 20, unit: 'USD' }],
    ['ما بين عشرة وعشرون دولار', { kind: 'money', value: 10, value_max: 20 }],
    ['من عشرة لعشرين دولار', { kind: 'money', value: 10, value_max: 20 }],
    ['اقل من سبعة يورو', { kind: 'money', value: 7, unit: 'EUR', qualifier: 'at_most' }],
    ['اكثر من ثلاثة دولار و42 سينت', { kind: 'money', value: 3.42, qualifier: 'at_least' }],
    ['42 ج.م', { kind: 'money', value: 42, unit: 'EGP' }],
    ['5 دنانير أردنية', { kind: 'money', value: 5, unit: 'JOD' }],
    ['درجتين تحت الصفر', { kind: 'temperature', value: -2 }],
    ['2 تحت الصفر', { kind: 'temperature', value: -2 }],
    ['37° سلزيوس', { kind: 'temperature', value: 37 }],
  ])('%s', (phrase, want) => {
    expect(parseFigure(phrase)).toMatchObject(want);
  });

  it.each(['', '   ', 'لا شيء', '5 دولار و 6 يورو'])('gives null for %j (no figure, or several)', (phrase) => {
    expect(parseFigure(phrase)).toBeNull();
  });
});
