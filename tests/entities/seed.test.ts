// The seed article against its gold (../shared/gold): entities F1 at least 0.90, every span
// true to the text, and the entities a reader checks by hand. Skipped where ../shared is absent.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeDocument, toAnalysis } from '../../src/analyze.js';
import { readGold } from '../../src/eval/gold-format.js';
import { tokenNameForms } from '../../src/eval/name-forms.js';
import { scoreEntities } from '../../src/eval/score-entities.js';
import { expectSpansHold } from '../helpers/spans.js';
import { SHARED } from '../helpers/shared.js';

const ARTICLE = join(SHARED, 'articles/nayrouz-central-asia-japan-summit.txt');
const GOLD = join(SHARED, 'gold/nayrouz-central-asia-japan-summit.gold.json');
const PRESENT = existsSync(ARTICLE) && existsSync(GOLD);
if (!PRESENT) console.warn(`tests/entities/seed: skipped — ${ARTICLE} or its gold is absent`);

describe.skipIf(!PRESENT)('entities of the seed article', () => {
  const text = PRESENT ? readFileSync(ARTICLE, 'utf8') : '';
  const doc = PRESENT ? analyzeDocument(text, { source: ARTICLE }) : null;

  it('scores F1 >= 0.90 against the gold', () => {
    const scores = scoreEntities(readGold(GOLD).entities, doc!.entities, tokenNameForms());
    expect(scores.overall.f1).toBeGreaterThanOrEqual(0.9);
  });

  it('keeps every span true to the text', () => {
    expectSpansHold(doc!, toAnalysis(doc!));
  });

  it('finds nothing in the ticker (الأردن, غزة, العراق)', () => {
    const keys = doc!.entities.map((e) => e.key);
    expect(keys).not.toContain('JO');
    expect(keys).not.toContain('IQ');
    expect(doc!.entities.flatMap((e) => e.mentions).every((m) => m.start >= doc!.body.start)).toBe(true);
  });

  it.each<[string, string, string[]]>([
    ['JP', 'COUNTRY', ['اليابان', 'اليابانية', 'ياباني', 'الياباني', 'اليابانيين']],
    ['jica', 'ORG', ['وكالة اليابان للتعاون الدولي', 'JICA']],
    ['UZ', 'COUNTRY', ['أوزبكستان', 'الأوزبكية']],
  ])('groups the forms of %s into one %s', (key, type, forms) => {
    const e = doc!.entities.filter((x) => x.key === key);
    expect(e).toHaveLength(1);
    expect(e[0].type).toBe(type);
    for (const f of forms) expect(e[0].mentions.map((m) => m.text)).toContain(f);
  });

  it.each(['شوكت ميرزيوييف', 'فوميو كيشيدا', 'شيرزود فايزييف'])('finds the person %s', (name) => {
    expect(doc!.entities.some((e) => e.type === 'PERSON' && e.mentions.some((m) => m.text === name))).toBe(true);
  });

  it.each(['Komaihaltec Inc.', 'Muroo Systems Corporation', 'Kawasaki Heavy Industries', 'Rönesans', 'ITOCHU'])(
    'finds the company %s',
    (name) => {
      expect(doc!.entities.some((e) => e.type === 'ORG' && e.mentions.some((m) => m.text === name))).toBe(true);
    },
  );
});
