import { describe, expect, it } from 'vitest';
import { Doc } from '../../src/model/document.js';
import { PipelineError, buildPipeline, type Stage } from '../../src/model/pipeline.js';

const stage = (name: string, requires: string[], assigns: string[], run: Stage['run'] = () => {}): Stage => ({
  name,
  requires,
  assigns,
  run,
});

describe('buildPipeline', () => {
  it('accepts stages whose requirements come earlier', () => {
    expect(() => buildPipeline([stage('a', ['text'], ['x']), stage('b', ['x'], ['y'])])).not.toThrow();
  });

  it('refuses a stage whose requirement no earlier stage assigns', () => {
    expect(() => buildPipeline([stage('b', ['x'], ['y']), stage('a', ['text'], ['x'])])).toThrow(
      new PipelineError('stage "b" requires "x", which no earlier stage assigns'),
    );
  });

  it('refuses a stage listed twice', () => {
    expect(() => buildPipeline([stage('a', [], []), stage('a', [], [])])).toThrow(/appears twice/);
  });

  it('turns a failing stage into a positioned message and runs the rest', () => {
    const ran: string[] = [];
    const p = buildPipeline([
      stage('boom', [], [], () => {
        throw new Error('cannot handle this');
      }),
      stage('after', [], [], () => {
        ran.push('after');
      }),
    ]);
    const doc = p.run(new Doc('نص قصير', 'id'));
    expect(doc.messages).toEqual([{ reason: 'stage failed: cannot handle this', start: 0, end: 7, rule: 'boom' }]);
    expect(ran).toEqual(['after']);
  });
});
