// node dist/scripts/identity-outputs.js OUT.jsonl [--unlabeled N]
// The analysis JSON (as `arqam analyze --json` writes it) of the seed article, the articles of
// ../shared/corpus and N (default 1,000) articles of ../shared/unlabeled (src/bench/unseen-sample.ts,
// every 7th record from record 3, disjoint from the benchmark's sample), one line per article,
// so that a change meant to keep outputs (a speed-up, issue 20) can be diffed before and after:
//   node dist/scripts/identity-outputs.js /tmp/before.jsonl   (on the old build)
//   node dist/scripts/identity-outputs.js /tmp/after.jsonl && cmp /tmp/before.jsonl /tmp/after.jsonl
// Progress on stderr; nothing but the file is written.
import { createHash } from 'node:crypto';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../analyze.js';
import { SHARED } from '../eval/shared-paths.js';
import { readInput } from '../model/read-input.js';
import { canonicalAnalysis } from '../report/analysis-json.js';
import { unseenSample } from '../bench/unseen-sample.js';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const out = args.find((a) => !a.startsWith('--'));
  const k = args.indexOf('--unlabeled');
  const count = k >= 0 ? Number(args[k + 1]) : 1000;
  if (!out || !(count >= 0)) {
    process.stderr.write('usage: node dist/scripts/identity-outputs.js OUT.jsonl [--unlabeled N]\n');
    process.exitCode = 2;
    return;
  }
  const inputs: { source: string; text: string; bytes?: Uint8Array }[] = [];
  const seed = join(SHARED.articles, 'nayrouz-central-asia-japan-summit.txt');
  inputs.push({ source: 'seed', ...readInput(seed) });
  for (const name of readdirSync(SHARED.corpus)
    .filter((n) => n.endsWith('.txt'))
    .sort()) {
    inputs.push({ source: `corpus/${name}`, ...readInput(join(SHARED.corpus, name)) });
  }
  if (count > 0) inputs.push(...(await unseenSample({ articles: count, offset: 3 })));
  const lines: string[] = [];
  const digest = createHash('sha256');
  for (let i = 0; i < inputs.length; i++) {
    const d = inputs[i];
    // The source is given as a name, not a path, so the file does not depend on where it runs.
    const json = JSON.stringify(canonicalAnalysis(analyze(d.text, { source: d.source, bytes: d.bytes })));
    lines.push(json);
    digest.update(json + '\n');
    if ((i + 1) % 200 === 0) process.stderr.write(`identity: ${i + 1}/${inputs.length}\n`);
  }
  writeFileSync(out, lines.join('\n') + '\n');
  process.stderr.write(`identity: ${inputs.length} articles → ${out} (sha256 ${digest.digest('hex').slice(0, 16)})\n`);
}

void main();
