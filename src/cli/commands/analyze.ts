// arqam analyze FILE... [--out DIR] [--json]: analyze articles, write their reports.
import type { Command } from 'commander';
import { mkdirSync, readdirSync, statSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { analyzeDocument, toAnalysis } from '../../analyze.js';
import { InputError, readInput } from '../../model/read-input.js';
import { EXIT_OK, EXIT_SOME_FAILED, UsageError } from '../exit-codes.js';
import { writeArticleOutputs, writeIndex, type ArticleOutput } from '../../report/write-outputs.js';
import { analysisJson } from '../../report/analysis-json.js';

const ARTICLE_EXTENSIONS = new Set(['.txt', '.html', '.htm', '.text']);

/** Folders expanded into the article files they hold (recursively, sorted), and the folders that hold none. */
export function expandInputs(paths: string[]): { files: string[]; emptyFolders: string[] } {
  const files: string[] = [];
  const emptyFolders: string[] = [];
  for (const p of paths) {
    let isDir = false;
    try {
      isDir = statSync(p).isDirectory();
    } catch {
      files.push(p); // reported as missing when read
      continue;
    }
    if (!isDir) {
      files.push(p);
      continue;
    }
    const before = files.length;
    const walk = (dir: string) => {
      for (const name of readdirSync(dir).sort()) {
        const full = join(dir, name);
        if (statSync(full).isDirectory()) walk(full);
        else if (ARTICLE_EXTENSIONS.has(extname(name).toLowerCase())) files.push(full);
      }
    };
    walk(p);
    if (files.length === before) emptyFolders.push(p);
  }
  return { files, emptyFolders };
}

/** The report folder name of an input: its file name without extension, made unique. */
export function slugFor(path: string, taken: Set<string>): string {
  const base = basename(path, extname(path)).replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^-+|-+$/g, '') || 'article';
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
  taken.add(slug);
  return slug;
}

export function registerAnalyze(program: Command, setStatus: (code: number) => void): void {
  program
    .command('analyze')
    .description('analyze Arabic news articles (files or folders) and write reports/<slug>/ for each')
    .argument('<files...>', 'article files (UTF-8 text or HTML) or folders of them')
    .option('-o, --out <dir>', 'output folder', 'reports')
    .option('--json', 'print the analysis JSON of one article on stdout instead of writing reports')
    .option('--excel', 'CSV files for spreadsheets: a byte-order mark so Excel shows Arabic text, and text cells that start like a formula (= + - @) prefixed with an apostrophe')
    .action(async (files: string[], opts: { out: string; json?: boolean; excel?: boolean }) => {
      const { files: inputs, emptyFolders } = expandInputs(files);
      const extensions = [...ARTICLE_EXTENSIONS].join(', ');
      if (inputs.length === 0) throw new UsageError(`no article files (${extensions}) in ${files.join(', ')}`);
      // A folder given with nothing to analyze in it is named, never skipped in silence.
      for (const dir of emptyFolders) process.stderr.write(`arqam: ${dir}: no article files (${extensions}) in this folder\n`);
      if (opts.json) {
        if (inputs.length !== 1) throw new UsageError('--json takes exactly one article');
        try {
          const { text, bytes } = readInput(inputs[0]);
          const analysis = toAnalysis(analyzeDocument(text, { source: inputs[0], bytes }));
          process.stdout.write(analysisJson(analysis));
          setStatus(EXIT_OK);
        } catch (error) {
          reportFailure(inputs[0], error);
          setStatus(EXIT_SOME_FAILED);
        }
        return;
      }
      const outDir = resolve(opts.out);
      mkdirSync(outDir, { recursive: true });
      const taken = new Set<string>();
      const written: ArticleOutput[] = [];
      let failed = 0;
      for (const [i, file] of inputs.entries()) {
        if (inputs.length > 1) process.stderr.write(`[${i + 1}/${inputs.length}] ${file}\n`);
        try {
          const { text, bytes } = readInput(file);
          const doc = analyzeDocument(text, { source: file, bytes });
          const slug = slugFor(file, taken);
          const out = writeArticleOutputs(doc, join(outDir, slug), { excel: Boolean(opts.excel), slug });
          written.push(out);
          process.stdout.write(summaryLine(out, join(opts.out, slug)));
        } catch (error) {
          failed++;
          reportFailure(file, error);
        }
      }
      const folderGiven = files.some((f) => {
        try {
          return statSync(f).isDirectory();
        } catch {
          return false;
        }
      });
      if (folderGiven || inputs.length > 1) writeIndex(written, outDir);
      failed += emptyFolders.length;
      if (failed > 0) process.stderr.write(`arqam: ${failed} of ${inputs.length + emptyFolders.length} inputs failed\n`);
      setStatus(failed > 0 ? EXIT_SOME_FAILED : EXIT_OK);
    });
}

function summaryLine(out: ArticleOutput, dir: string): string {
  const d = out.summary.document;
  const c = out.summary.counts;
  return [
    `${d.title ?? '(no title)'}`,
    `  date: ${d.published ?? '-'}  site: ${d.site ?? '-'}  author: ${d.author ?? '-'}  language: ${d.language}`,
    `  sentences: ${d.sentences}  tokens: ${d.tokens}  figures: ${c.figures}  entities: ${c.entities}  projects: ${c.projects}`,
    `  written: ${dir}/`,
    '',
  ].join('\n');
}

function reportFailure(file: string, error: unknown): void {
  const message = error instanceof InputError ? error.message : `${file}: ${error instanceof Error ? error.message : String(error)}`;
  process.stderr.write(`arqam: ${message}\n`);
}
