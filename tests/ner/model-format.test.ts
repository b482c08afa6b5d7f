// The model file's layout (src/ner/model.ts): float32 weights viewed in place, rows by home slot,
// and the int16 files of the models before still read, to the same weights.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MODEL_URL } from '../../src/ner/load-model.js';
import { deserializeModel, deserializeTaggerModel, serializeModel, serializeTaggerModel } from '../../src/ner/model.js';

const bytes = readFileSync(DEFAULT_MODEL_URL);
const model = deserializeTaggerModel(bytes);
const first = model.first;

/** The int16 layout of the files before: the same header without "weights", then int16 steps. */
function int16File(float: Buffer): Buffer {
  const hlen = float.readUInt32LE(8);
  const header = JSON.parse(float.toString('utf8', 12, 12 + hlen)) as { weights?: string; scale: number; features: number };
  delete header.weights;
  let json = Buffer.from(JSON.stringify(header), 'utf8');
  json = Buffer.concat([json, Buffer.alloc((4 - ((12 + json.length) % 4)) % 4, 0x20)]);
  const n = header.features;
  const start = 12 + hlen;
  const keys = float.subarray(start, start + n * 4);
  const weights = Buffer.alloc(n * 9 * 2);
  for (let i = 0; i < n * 9; i++) weights.writeInt16LE(Math.round(float.readFloatLE(start + n * 4 + i * 4) / header.scale), i * 2);
  const head = Buffer.alloc(12);
  head.write('ARQNER01', 0, 'latin1');
  head.writeUInt32LE(json.length, 8);
  return Buffer.concat([head, json, keys, weights, float.subarray(start + n * 4 + n * 9 * 4)]);
}

describe('the model file', () => {
  it('is viewed in place: the weights and keys are the file read, not copies', () => {
    expect(first.weights.buffer).toBe(first.keys.buffer);
    expect(first.weights.buffer.byteLength).toBe(bytes.byteLength);
  });

  it('saves to the same bytes it was read from', () => {
    expect(Buffer.compare(serializeTaggerModel(model), bytes)).toBe(0);
  });

  it('holds weights that are int16 steps of its scale', () => {
    const scale = first.scale ?? 0;
    for (let i = 0; i < first.weights.length; i += 997) {
      const k = Math.round(first.weights[i] / scale);
      expect(Math.abs(k)).toBeLessThanOrEqual(32767);
      expect(first.weights[i]).toBe(Math.fround(k * scale));
    }
  });

  it('still reads the int16 layout of the models before, to the same weights', () => {
    const float = serializeModel(first);
    const old = deserializeModel(int16File(float));
    const differ = (a: ArrayLike<number>, b: ArrayLike<number>) => {
      let n = Math.abs(a.length - b.length);
      for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) n++;
      return n;
    };
    expect(old.keys.length).toBe(first.keys.length);
    expect(differ(old.keys, first.keys)).toBe(0);
    expect(differ(old.weights, first.weights)).toBe(0);
    expect(Buffer.compare(serializeModel(old), float)).toBe(0);
  });
});
