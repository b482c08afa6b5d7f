// The model file's layout (src/ner/model.ts): int16 steps viewed in place, rows by home slot,
// and the float32 and unpadded int16 files of the models before still read, to the same weights.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MODEL_URL } from '../../src/ner/load-model.js';
import { deserializeModel, deserializeTaggerModel, serializeModel, serializeTaggerModel } from '../../src/ner/model.js';

const bytes = readFileSync(DEFAULT_MODEL_URL);
const model = deserializeTaggerModel(bytes);
const first = model.first;

/**
 * A single-pass file of `int16` (this format) in a layout of before: "float32" (the same header
 * with weights "float32", then float32 scores), or "old" (no "weights", int16 steps unpadded).
 */
function layoutBefore(int16: Buffer, layout: 'float32' | 'old'): Buffer {
  const hlen = int16.readUInt32LE(8);
  const header = JSON.parse(int16.toString('utf8', 12, 12 + hlen)) as { weights?: string; scale: number; features: number };
  if (layout === 'float32') header.weights = 'float32';
  else delete header.weights;
  let json = Buffer.from(JSON.stringify(header), 'utf8');
  json = Buffer.concat([json, Buffer.alloc((4 - ((12 + json.length) % 4)) % 4, 0x20)]);
  const n = header.features;
  const start = 12 + hlen;
  const keys = int16.subarray(start, start + n * 4);
  const steps = int16.subarray(start + n * 4, start + n * 4 + n * 9 * 2);
  let weights = steps;
  if (layout === 'float32') {
    weights = Buffer.alloc(n * 9 * 4);
    for (let i = 0; i < n * 9; i++) weights.writeFloatLE(Math.fround(steps.readInt16LE(i * 2) * header.scale), i * 4);
  }
  const head = Buffer.alloc(12);
  head.write('ARQNER01', 0, 'latin1');
  head.writeUInt32LE(json.length, 8);
  const after = start + n * 4 + n * 9 * 2 + ((n * 9 * 2) & 2);
  return Buffer.concat([head, json, keys, weights, int16.subarray(after)]);
}

/** How many values differ (or are missing) between a and b. */
function differ(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let n = Math.abs(a.length - b.length);
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (!Object.is(a[i], b[i])) n++;
  return n;
}

describe('the model file', () => {
  it('is viewed in place: the steps and keys are the file read, not copies', () => {
    expect(first.steps).not.toBeNull();
    expect(first.steps?.buffer === first.keys.buffer).toBe(true);
    expect(first.keys.buffer.byteLength).toBe(bytes.byteLength);
  });

  it('saves to the same bytes it was read from', () => {
    expect(Buffer.compare(serializeTaggerModel(model), bytes)).toBe(0);
  });

  it('holds int16 steps of its scale, which the weights are', () => {
    const scale = first.scale ?? 0;
    const steps = first.steps ?? new Int16Array(0);
    expect(first.weights.length).toBe(steps.length);
    let wrong = 0;
    for (let i = 0; i < steps.length; i++) if (first.weights[i] !== Math.fround(steps[i] * scale)) wrong++;
    expect(wrong).toBe(0);
  });

  it('still reads the float32 and int16 layouts of the models before, to the same weights', () => {
    const int16 = serializeModel(first);
    for (const layout of ['float32', 'old'] as const) {
      const before = deserializeModel(layoutBefore(int16, layout));
      expect(before.keys.length).toBe(first.keys.length);
      expect(differ(before.keys, first.keys)).toBe(0);
      expect(differ(before.weights, first.weights)).toBe(0);
      expect(Buffer.compare(serializeModel(before), int16)).toBe(0);
    }
  });
});
