// The unseen-text sample of the benchmark and the identity check (src/bench/unseen-sample.ts).
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { UNLABELED_DIR, unseenSample } from '../../src/bench/unseen-sample.js';

const present = existsSync(UNLABELED_DIR);

describe.skipIf(!present)('unseenSample (needs ../shared/unlabeled)', () => {
  it('takes distinct articles from every corpus file, the same ones each time', async () => {
    const a = await unseenSample({ articles: 30 });
    const b = await unseenSample({ articles: 30 });
    expect(a.map((x) => x.source)).toEqual(b.map((x) => x.source));
    expect(new Set(a.map((x) => x.text)).size).toBe(a.length);
    expect(new Set(a.map((x) => x.source.slice(0, x.source.indexOf('#')))).size).toBe(3);
  });
  it('another offset gives a disjoint sample (the identity check and the benchmark do not share articles)', async () => {
    const a = new Set((await unseenSample({ articles: 30, offset: 0 })).map((x) => x.source));
    const b = await unseenSample({ articles: 30, offset: 3 });
    expect(b.some((x) => a.has(x.source))).toBe(false);
  });
  it('stops at the bytes asked for, each file its share', async () => {
    const s = await unseenSample({ bytes: 60_000 });
    const bytes = s.reduce((n, x) => n + x.byteLength, 0);
    expect(s.every((x) => x.byteLength === Buffer.byteLength(x.text))).toBe(true);
    expect(bytes).toBeGreaterThanOrEqual(60_000);
    expect(bytes).toBeLessThan(60_000 + 3 * 50_000);
  });
});
