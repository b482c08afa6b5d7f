import { describe, expect, it } from 'vitest';
import { consolidate, conflictsText } from '../../src/consolidate/consensus.js';
import type { Cluster } from '../../src/consolidate/cluster-projects.js';
import { keyed } from './records.js';

const cluster = (...members: Parameters<typeof keyed>[0][]): Cluster => ({
  members: members.map(keyed).sort((a, b) => (a.key < b.key ? -1 : 1)),
  links: [],
});
const base = { name: 'محطة ليلى', type: 'solar', places: ['ليلى'] };

describe('consolidate', () => {
  it('takes the value most sources give and flags the others (50 MW twice, 40 MW once)', () => {
    const p = consolidate(cluster({ ...base, capacity_mw: 50 }, { ...base, capacity_mw: 50 }, { ...base, capacity_mw: 40 }));
    expect(p.capacity_mw).toBe(50);
    expect(p.sources).toBe(3);
    expect(conflictsText(p.conflicts)).toBe('capacity_mw: 50 MW (2) / 40 MW (1)');
  });

  it('flags costs in two pegged currencies that do not match at the peg', () => {
    const p = consolidate(cluster({ ...base, cost: 375e6, currency: 'SAR' }, { ...base, cost: 150e6, currency: 'USD', cost_usd: 150e6 }));
    expect(p.conflicts).toMatchObject([{ attribute: 'cost', kind: 'differ' }]);
  });

  it('does not flag costs that match at the peg', () => {
    const p = consolidate(cluster({ ...base, cost: 375e6, currency: 'SAR' }, { ...base, cost: 100e6, currency: 'USD', cost_usd: 100e6 }));
    expect(p.conflicts).toEqual([]);
    expect(p.cost_usd).toBe(100e6);
  });

  it('marks costs in two currencies without a fixed rate as unchecked', () => {
    const p = consolidate(cluster({ ...base, cost: 16e6, currency: 'EUR' }, { ...base, cost: 35e6, currency: 'TND' }));
    expect(p.conflicts).toMatchObject([{ attribute: 'cost', kind: 'unchecked' }]);
  });

  it('reports first and last dates, outlets and places by frequency', () => {
    const p = consolidate(
      cluster(
        { ...base, published: '2015-08-09', outlet: 'alyaum' },
        { ...base, published: '2015-07-31', outlet: 'aawsat', places: ['ليلى', 'الرياض'] },
      ),
    );
    expect(p).toMatchObject({ first_report: '2015-07-31', last_report: '2015-08-09', outlets: 2, places: ['ليلى', 'الرياض'] });
  });
});
