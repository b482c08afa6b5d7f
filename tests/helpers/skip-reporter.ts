// A vitest reporter that ends `npm test` with how many tests were skipped and why, once
// (issue 21: "53 skipped" in one quiet line). Tests skip for two reasons only: ../shared (the
// developers' datasets, absent from a clone) or Debian's Chromium (the browser test).
import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import type { Reporter, TestModule } from 'vitest/node';
import { HAS_SHARED, PROJECT_ROOT, SHARED } from './shared.js';

const CHROMIUM = '/usr/bin/chromium';

export default class SkipReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    let skipped = 0;
    const files = new Map<string, number>();
    for (const m of modules) {
      for (const t of m.children.allTests()) {
        if (t.result().state !== 'skipped') continue;
        skipped++;
        const file = relative(PROJECT_ROOT, m.moduleId);
        files.set(file, (files.get(file) ?? 0) + 1);
      }
    }
    if (skipped === 0) return;
    const why: string[] = [];
    if (!HAS_SHARED) {
      why.push(
        `${SHARED} is absent: it holds the developers' datasets (the real corpus, gold annotations, NER corpora, number specs, gazetteers; see README "Data"), which a clone does not include, so the tests that read real articles and datasets skip`,
      );
    }
    if (!existsSync(CHROMIUM)) why.push(`${CHROMIUM} is absent, so the browser test of report.html skips (apt-get install chromium)`);
    if (why.length === 0) why.push('tests marked to skip by a condition of their own (see the files below)');
    const list = [...files].map(([f, n]) => `${f} (${n})`).join(', ');
    process.stdout.write(`\n${skipped} tests skipped. Why: ${why.join('; ')}.\nSkipped in: ${list}\n`);
  }
}
