// npm run census: the figure-format census of the unlabeled corpus (issue 23). Streams every
// ../shared/unlabeled/*.jsonl.gz line by line (gunzip + readline, one article in memory at a
// time), reads each article's figures with arqam, reduces every number-bearing span to a shape and
// writes reports/census.md. Progress goes to stderr.
//   node dist/scripts/census.js [--dir DIR] [--out FILE] [--sample N] [--limit N] [--top N]
// --sample N reads every Nth article; --limit N stops after N articles read.
import { createReadStream, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { tokenizedDoc } from '../figures/extract-text.js';
import { documentFigures } from '../figures/extract.js';
import { loadJudged } from '../census/judged.js';
import { censusMarkdown } from '../census/report.js';
import { addArticle, articleText, newCensus } from '../census/tally.js';

interface Args {
  dir: string;
  out: string;
  sample: number;
  limit: number;
  top: number;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { dir: '../shared/unlabeled', out: 'reports/census.md', sample: 1, limit: Infinity, top: 100 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    const count = (): number => {
      const n = Number(value());
      if (!Number.isInteger(n) || n < 1) throw new Error(`${a} needs a positive whole number`);
      return n;
    };
    if (a === '--dir') args.dir = value();
    else if (a === '--out') args.out = value();
    else if (a === '--sample') args.sample = count();
    else if (a === '--limit') args.limit = count();
    else if (a === '--top') args.top = count();
    else throw new Error(`unknown option ${a}`);
  }
  return args;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const files = readdirSync(args.dir)
    .filter((f) => f.endsWith('.jsonl.gz'))
    .sort();
  if (files.length === 0) throw new Error(`no *.jsonl.gz in ${args.dir}`);
  const census = newCensus();
  let seen = 0;
  const t0 = Date.now();
  outer: for (const file of files) {
    const lines = createInterface({ input: createReadStream(join(args.dir, file)).pipe(createGunzip()), crlfDelay: Infinity });
    for await (const line of lines) {
      if (line.trim() === '') continue;
      seen++;
      if ((seen - 1) % args.sample !== 0) continue;
      let rec: { id?: string; date?: string; text?: string };
      try {
        rec = JSON.parse(line) as typeof rec;
      } catch {
        process.stderr.write(`census: ${file}: line ${seen} is not JSON, skipped\n`);
        continue;
      }
      if (typeof rec.text !== 'string') continue;
      const published = typeof rec.date === 'string' && /^\d{4}-\d{2}-\d{2}/.test(rec.date) ? rec.date.slice(0, 10) : null;
      const doc = tokenizedDoc(articleText(rec.text), { published });
      addArticle(census, `${file.replace('.jsonl.gz', '')}:${rec.id ?? seen}`, doc, documentFigures(doc));
      if (census.articles % 2000 === 0) {
        process.stderr.write(
          `census: ${census.articles} articles, ${census.spans} spans, ${census.shapes.size} shapes, ${((Date.now() - t0) / 1000).toFixed(0)} s\n`,
        );
      }
      if (census.articles >= args.limit) {
        lines.close();
        break outer;
      }
    }
  }
  const md = censusMarkdown(census, loadJudged(), {
    source: `${relative(process.cwd(), args.dir) || args.dir}/*.jsonl.gz (${files.join(', ')})`,
    command: `npm run census${args.sample > 1 ? ` -- --sample ${args.sample}` : ''}${Number.isFinite(args.limit) ? ` -- --limit ${args.limit}` : ''}`,
    top: args.top,
    sample: args.sample,
  });
  mkdirSync(dirname(args.out), { recursive: true });
  writeFileSync(args.out, md + '\n');
  process.stderr.write(
    `census: ${census.articles} articles, ${census.spans} spans, ${census.shapes.size} shapes in ${((Date.now() - t0) / 1000).toFixed(0)} s; wrote ${args.out}\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`census: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
