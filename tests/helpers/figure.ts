// A contract Figure with the fields a test does not care about filled in.
import type { Figure } from '../../src/model/types.js';

/** A number figure at offset 0 of sentence 0, with `over` on top. */
export function fig(over: Partial<Figure>): Figure {
  return {
    id: 'f1',
    kind: 'number',
    start: 0,
    end: 0,
    text: '',
    value: 0,
    value_max: null,
    unit: null,
    qualifier: null,
    sentence: 0,
    subject: null,
    ...over,
  };
}
