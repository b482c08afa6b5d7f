// The Umm al-Qura table (src/text/umalqura-table.ts, made by src/scripts/build-umalqura.ts from
// ICU) gives the same Hijri date as ICU's islamic-umalqura calendar on every day it covers, and
// days outside it still come from ICU.
import { describe, expect, it } from 'vitest';
import { gregorianToHijri, hijriOf, hijriToIso, icuHijriOf } from '../../src/text/calendar.js';

const DAY_MS = 86_400_000;

describe('Umm al-Qura table', () => {
  it('matches ICU on every day of Hijri 1300-1600 and a month either side', () => {
    const from = Math.floor(Date.UTC(1882, 9, 1) / DAY_MS);
    const to = Math.floor(Date.UTC(2175, 0, 1) / DAY_MS);
    let wrong = 0;
    for (let day = from; day < to; day++) {
      const a = hijriOf(day * DAY_MS);
      const b = icuHijriOf(day * DAY_MS);
      if (a.y !== b.y || a.m !== b.m || a.d !== b.d) wrong++;
    }
    expect(wrong).toBe(0);
  });
  it('reads the dates news writes', () => {
    // "15 رمضان 1436، الموافق 2 يوليو 2015"
    expect(hijriToIso(1436, 9, 15)).toBe('2015-07-02');
    expect(gregorianToHijri(2015, 7, 2)).toEqual({ y: 1436, m: 9, d: 15 });
  });
  it('asks ICU for the days outside the table', () => {
    expect(hijriOf(Date.UTC(1800, 0, 1))).toEqual(icuHijriOf(Date.UTC(1800, 0, 1)));
  });
});
