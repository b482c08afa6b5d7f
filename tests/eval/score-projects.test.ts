import { describe, expect, it } from 'vitest';
import { scoreProjects, type LocatedGoldProject, type SystemProject } from '../../src/eval/score-projects.js';

const TEXT = 'وموّل بنك اليابان محطة توراكورغان (2014) بتكلفة 153 مليون دولار ومحطة تاليمارجان.';
const at = (s: string) => ({ start: TEXT.indexOf(s), end: TEXT.indexOf(s) + s.length });
const TURA: LocatedGoldProject = {
  anchor: { context: 'محطة توراكورغان', text: 'محطة توراكورغان' },
  type: 'power_plant',
  country: 'UZ',
  year: 2014,
  cost_usd: 153e6,
  span: at('محطة توراكورغان'),
};
const TALI: LocatedGoldProject = {
  anchor: { context: 'محطة تاليمارجان', text: 'محطة تاليمارجان' },
  type: 'power_plant',
  country: 'UZ',
  span: at('محطة تاليمارجان'),
};
const proj = (text: string, attrs: Partial<SystemProject> = {}): SystemProject => ({
  ...at(text),
  name: text,
  type: 'power_plant',
  ...attrs,
});

describe('scoreProjects', () => {
  it('a perfect answer scores 1, attributes included', () => {
    const s = scoreProjects(
      [TURA, TALI],
      [proj('محطة توراكورغان', { country: 'UZ', year: 2014, cost_usd: 153e6 }), proj('محطة تاليمارجان', { country: 'UZ' })],
    );
    expect(s.overall).toMatchObject({ tp: 2, fp: 0, fn: 0, f1: 1 });
    expect(s.attributes).toMatchObject({ stated: 4, of: 4, same: 4, share: 1, overall: 1 });
  });

  it('an empty answer scores 0', () => {
    const s = scoreProjects([TURA, TALI], []);
    expect(s.overall).toMatchObject({ tp: 0, fn: 2, f1: 0 });
    expect(s.attributes).toMatchObject({ stated: 4, of: 0, share: null, overall: 0 });
  });

  it('a project whose span only overlaps the anchor is found', () => {
    expect(scoreProjects([TURA], [proj('توراكورغان')]).overall.tp).toBe(1);
  });

  it('a project found at one of the gold mentions counts as found (FORMAT: mentions are alternative anchors)', () => {
    const withMention: LocatedGoldProject = { ...TALI, mentionSpans: [at('بنك اليابان')] };
    expect(scoreProjects([withMention], [proj('بنك اليابان')]).overall).toMatchObject({ tp: 1, fn: 0, fp: 0 });
  });

  it('the anchor is preferred over a mention when two system projects compete', () => {
    const withMention: LocatedGoldProject = { ...TURA, mentionSpans: [at('محطة تاليمارجان')] };
    const s = scoreProjects(
      [withMention],
      [proj('محطة تاليمارجان'), proj('محطة توراكورغان', { country: 'UZ', year: 2014, cost_usd: 153e6 })],
    );
    expect(s.matches[0].system.name).toBe('محطة توراكورغان');
    expect(s.overall).toMatchObject({ tp: 1, fp: 1 });
  });

  it('a project elsewhere is a miss and an extra', () => {
    expect(scoreProjects([TURA], [proj('بنك اليابان')]).overall).toMatchObject({ tp: 0, fn: 1, fp: 1 });
  });

  it('attributes: the share of those the gold states that the system gives the same', () => {
    const s = scoreProjects([TURA], [proj('محطة توراكورغان', { country: 'uz', year: 2013, cost_usd: null, capacity_mw: 500 })]);
    expect(s.attributes.byAttribute.country).toMatchObject({ of: 1, same: 1 });
    expect(s.attributes.byAttribute.year).toMatchObject({ of: 1, same: 0 });
    expect(s.attributes.byAttribute.cost_usd).toMatchObject({ of: 1, same: 0 });
    // capacity_mw is not stated by the gold: not counted.
    expect(s.attributes.byAttribute.capacity_mw).toMatchObject({ of: 0, same: 0 });
    expect(s.attributes.share).toBeCloseTo(1 / 3, 12);
    expect(s.matches[0].diffs.map((d) => d.attribute)).toEqual(['year', 'cost_usd']);
  });

  it('cost in USD stands for cost_usd', () => {
    const gold = { ...TURA, cost_usd: undefined, cost: 153e6, currency: 'USD' };
    expect(scoreProjects([gold], [proj('محطة توراكورغان', { cost_usd: 153e6 })]).attributes.byAttribute.cost_usd.same).toBe(1);
  });

  it('one system project spanning two anchors finds one of them', () => {
    const s = scoreProjects([TURA, TALI], [{ start: TURA.span!.start, end: TALI.span!.end, name: 'x', type: 'power_plant' }]);
    expect(s.overall).toMatchObject({ tp: 1, fn: 1, fp: 0 });
  });

  it('an optional project changes nothing', () => {
    const s = scoreProjects([TURA, { ...TALI, optional: true }], [proj('محطة توراكورغان'), proj('محطة تاليمارجان')]);
    expect(s.overall).toMatchObject({ tp: 1, fp: 0, fn: 0 });
  });
});
