import { describe, expect, it } from 'vitest';
import { tokenNameForms } from '../../src/eval/name-forms.js';
import { scoreEntities, type SystemEntity } from '../../src/eval/score-entities.js';
import type { GoldEntity } from '../../src/eval/gold-format.js';

const forms = tokenNameForms();
const ent = (type: string, mentions: string[], key: string | null = null): SystemEntity => ({
  type: type as SystemEntity['type'],
  key,
  name: mentions[0],
  mentions: mentions.map((text) => ({ text })),
});

const GOLD: GoldEntity[] = [
  { type: 'COUNTRY', key: 'JP', names: ['اليابان', 'اليابانية'] },
  { type: 'REGION', names: ['آسيا الوسطى'] },
  { type: 'ORG', names: ['وكالة اليابان للتعاون الدولي', 'JICA'] },
  { type: 'CITY', names: ['نوفوي'], optional: true },
];

describe('scoreEntities', () => {
  it('a perfect answer scores 1', () => {
    const s = scoreEntities(GOLD, [ent('COUNTRY', ['اليابان'], 'JP'), ent('REGION', ['آسيا الوسطى']), ent('ORG', ['JICA'])], forms);
    expect(s.overall).toMatchObject({ tp: 3, fp: 0, fn: 0, f1: 1 });
  });

  it('an empty answer scores 0', () => {
    const s = scoreEntities(GOLD, [], forms);
    expect(s.overall).toMatchObject({ tp: 0, fn: 3, f1: 0 });
  });

  it.each([
    ['a proclitic and the hamza-less alef', 'REGION', 'لآسيا الوسطى'],
    ['the conjunction', 'REGION', 'وآسيا الوسطى'],
    ['ta marbuta written as ha', 'ORG', 'وكاله اليابان للتعاون الدولي'],
    ['a diacritic', 'REGION', 'آسِيا الوسطى'],
    ['Latin case', 'ORG', 'Jica'],
  ])('a mention found with %s', (_, type, mention) => {
    const g = GOLD.filter((x) => x.type === type);
    expect(scoreEntities(g, [ent(type, [mention])], forms).overall.tp).toBe(1);
  });

  it('a country is found by its key whatever its mentions', () => {
    expect(scoreEntities([GOLD[0]], [ent('COUNTRY', ['اليابانيون'], 'jp')], forms).overall.tp).toBe(1);
  });

  it('the same name with another type is a miss and an extra', () => {
    const s = scoreEntities([GOLD[1]], [ent('CITY', ['آسيا الوسطى'])], forms);
    expect(s.overall).toMatchObject({ tp: 0, fn: 1, fp: 1 });
  });

  it('a mention that is only part of a name is a miss', () => {
    expect(scoreEntities([GOLD[1]], [ent('REGION', ['آسيا'])], forms).overall.tp).toBe(0);
  });

  it('a second system entity for one gold entity is an extra, named as a duplicate', () => {
    const s = scoreEntities([GOLD[2]], [ent('ORG', ['JICA']), ent('ORG', ['وكالة اليابان للتعاون الدولي'])], forms);
    expect(s.overall).toMatchObject({ tp: 1, fp: 1, fn: 0 });
    expect(s.extras[0].duplicateOf).toBe(GOLD[2]);
  });

  it('an optional entity found or missed changes nothing', () => {
    const base = [ent('COUNTRY', ['اليابان'], 'JP')];
    const found = scoreEntities([GOLD[0], GOLD[3]], [...base, ent('CITY', ['نوفوي'])], forms);
    const missed = scoreEntities([GOLD[0], GOLD[3]], base, forms);
    expect(found.overall).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(missed.overall).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(found.optional).toEqual({ found: 1, missed: 0 });
  });

  it('scores per type', () => {
    const s = scoreEntities(GOLD, [ent('COUNTRY', ['اليابان'], 'JP'), ent('PERSON', ['فوميو كيشيدا'])], forms);
    expect(s.byType.COUNTRY.f1).toBe(1);
    expect(s.byType.PERSON).toMatchObject({ tp: 0, fp: 1 });
    expect(s.byType.REGION).toMatchObject({ tp: 0, fn: 1 });
  });
});
