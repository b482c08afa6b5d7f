import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectation, scoreDuckling } from '../../src/eval/duckling-corpora.js';
import type { Figure } from '../../src/model/types.js';
import { fig } from '../helpers/figure.js';

describe('Duckling expectations', () => {
  it.each<[string, string, Partial<Figure> | null, boolean]>([
    ['NumeralValue 1.1', 'Numeral', { value: 1.1 }, true],
    ['NumeralValue 1.1', 'Numeral', null, false],
    ['NumeralValue 1.1', 'Numeral', { value: 11 }, false],
    ['NumeralValue (-1200000)', 'Numeral', { value: -1200000 }, true],
    ['OrdinalData 21', 'Ordinal', { kind: 'ordinal', value: 21 }, true],
    ['OrdinalData 21', 'Ordinal', { kind: 'number', value: 21 }, false],
    ['DurationData 2 Month', 'Duration', { kind: 'duration', value: 2, unit: 'month' }, true],
    ['DurationData 2 Month', 'Duration', { kind: 'duration', value: 2, unit: 'year' }, false],
    ['simple Fahrenheit 70', 'Temperature', { kind: 'temperature', value: ((70 - 32) * 5) / 9, unit: '°C' }, true],
    ['simple Degree (-2)', 'Temperature', { kind: 'temperature', value: -2 }, true],
    ['simple Dollar 10', 'AmountOfMoney', { kind: 'money', value: 10, unit: 'USD' }, true],
    ['simple Dollar 10', 'AmountOfMoney', { kind: 'money', value: 10, unit: 'EUR' }, false],
    ['simple Cent 10', 'AmountOfMoney', { kind: 'money', value: 0.1, unit: 'USD' }, true],
    ['simple Pound 10', 'AmountOfMoney', { kind: 'money', value: 10, unit: 'EGP' }, true],
    ['between Dollar (10, 20)', 'AmountOfMoney', { kind: 'money', value: 10, value_max: 20, unit: 'USD' }, true],
    ['between Dollar (10, 20)', 'AmountOfMoney', { kind: 'money', value: 10, unit: 'USD' }, false],
    ['under EUR 7', 'AmountOfMoney', { kind: 'money', value: 7, unit: 'EUR', qualifier: 'at_most' }, true],
    ['under EUR 7', 'AmountOfMoney', { kind: 'money', value: 7, unit: 'EUR' }, false],
    ['PhoneNumberValue "6507018887"', 'PhoneNumber', null, true],
    ['datetime (2013, 3, 1, 0, 0, 0) Day', 'Time', { kind: 'date', value: '2013-03-01' }, true],
    ['datetime (2013, 3, 1, 0, 0, 0) Day', 'Time', { kind: 'date', value: '2013-03' }, false],
    ['datetime (2014, 1, 1, 0, 0, 0) Year', 'Time', { kind: 'year', value: 2014 }, true],
    ['datetime (2013, 3, 1, 0, 0, 0) Month', 'Time', { kind: 'date', value: '2013-03' }, true],
    [
      'datetimeInterval ((2013, 7, 13, 0, 0, 0), (2013, 7, 16, 0, 0, 0)) Day',
      'Time',
      { kind: 'date', value: '2013-07-13', value_max: '2013-07-15' },
      true,
    ],
  ])('%s (%s) against %j → %s', (expected, corpus, over, passes) => {
    const ok = expectation(expected, corpus);
    expect(ok).not.toBeNull();
    expect(ok!(over === null ? null : fig(over))).toBe(passes);
  });

  it('does not model what arqam does not read (clock times, cups)', () => {
    expect(expectation('datetime (2013, 2, 12, 4, 30, 0) Second', 'Time')).toBeNull();
    expect(expectation('simple Cup 3 (Just "السكر")', 'Quantity')).toBeNull();
  });
});

describe('scoring a corpus folder', () => {
  it('parses each input as a whole and counts the passes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'arqam-duckling-'));
    writeFileSync(
      join(dir, 'Duckling_Numeral_AR.json'),
      JSON.stringify({ groups: [{ expected: 'NumeralValue 21', inputs: ['واحد و عشرون', '21', 'عشرة'] }] }),
    );
    writeFileSync(
      join(dir, 'Duckling_Time_AR.json'),
      JSON.stringify({
        groups: [
          { expected: 'datetime (2013, 2, 12, 4, 30, 0) Second', inputs: ['الان'] },
          { expected: 'datetime (2013, 3, 1, 0, 0, 0) Day', inputs: ['1 مارس'] },
        ],
      }),
    );
    const rows = scoreDuckling(dir, []);
    expect(rows.find((r) => r.corpus === 'Numeral')).toMatchObject({ inputs: 3, passed: 2, scored: true });
    // Clock times are listed as not modelled and left out; 1 مارس is read against 2013-02-12.
    expect(rows.find((r) => r.corpus === 'Time')).toMatchObject({ scored: true, inputs: 1, passed: 1, total: 2 });
    expect(rows.find((r) => r.corpus === 'Time')!.notModelled).toEqual([
      { input: 'الان', expected: 'datetime (2013, 2, 12, 4, 30, 0) Second' },
    ]);
  });
});
