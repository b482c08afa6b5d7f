// arqam analyze FILE... [--out DIR] [--json] [--excel] [--max-bytes N]: analyze articles, write
// their reports (one per <DOC> of an ANT file of several).
import type { Command } from 'commander';
import { mkdirSync, readdirSync, statSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { analyzeDocument, toAnalysis } from '../../analyze.js';
import { InputError, readDocuments, type InputDocument } from '../../model/read-input.js';
import { DEFAULT_MAX_BYTES, parseSize, SizeSyntaxError } from '../../model/size-limits.js';
import { describeFsError, isFsError } from '../../model/fs-errors.js';
import { documentNotArabic } from '../../text/arabic-input.js';
import { EXIT_OK, EXIT_SOME_FAILED, UsageError } from '../exit-codes.js';
// The reports' writers (tables through arquero) are imported when reports are written, not for --json.
import type { ArticleOutput, writeArticleOutputs } from '../../report/write-outputs.js';
import { analysisJson } from '../../report/analysis-json.js';

const ARTICLE_EXTENSIONS = new Set(['.txt', '.html', '.htm', '.text']);

/** Folders expanded into the article files they hold (recursively, sorted), the folders that hold none, and those that cannot be read. */
export function expandInputs(paths: string[]): { files: string[]; emptyFolders: string[]; unreadable: string[] } {
  const files: string[] = [];
  const emptyFolders: string[] = [];
  const unreadable: string[] = [];
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
      let names: string[];
      try {
        names = readdirSync(dir).sort();
      } catch (error) {
        unreadable.push(describeFsError(error, 'read', dir));
        return;
      }
      for (const name of names) {
        const full = join(dir, name);
        let sub = false;
        try {
          sub = statSync(full).isDirectory();
        } catch (error) {
          unreadable.push(describeFsError(error, 'read', full));
          continue;
        }
        if (sub) walk(full);
        else if (ARTICLE_EXTENSIONS.has(extname(name).toLowerCase())) files.push(full);
      }
    };
    walk(p);
    if (files.length === before) emptyFolders.push(p);
  }
  return { files, emptyFolders, unreadable };
}

/** The report folder name of an input: its file name without extension, made unique. */
export function slugFor(path: string, taken: Set<string>): string {
  const base =
    basename(path, extname(path))
      .replace(/[^\p{L}\p{N}._-]+/gu, '-')
      .replace(/^-+|-+$/g, '') || 'article';
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
  taken.add(slug);
  return slug;
}

export interface AnalyzeCliOptions {
  out?: string;
  json?: boolean;
  excel?: boolean;
  maxBytes: string;
}

/** A size for --max-bytes, or a usage error. */
function maxBytesOption(text: string): number {
  try {
    return parseSize(text);
  } catch (error) {
    if (error instanceof SizeSyntaxError) throw new UsageError(error.message);
    throw error;
  }
}

export function registerAnalyze(program: Command, setStatus: (code: number) => void): void {
  program
    .command('analyze')
    .description(
      'analyze Arabic news articles (files or folders) and write reports/<slug>/ for each; a file of several <DOC>s gives one report per document',
    )
    .argument('<files...>', 'article files (UTF-8 text or HTML) or folders of them')
    .option('-o, --out <dir>', 'output folder (default: reports)')
    .option('--json', 'print the analysis JSON of one article on stdout instead of writing reports (not with --out or --excel)')
    .option(
      '--excel',
      'CSV files for spreadsheets: a byte-order mark so Excel shows Arabic text, and text cells that start like a formula (= + - @) prefixed with an apostrophe',
    )
    .option('--max-bytes <size>', 'refuse files larger than this (e.g. 20MB, 500k), as ingest does', String(DEFAULT_MAX_BYTES))
    .action(async (files: string[], opts: AnalyzeCliOptions) => {
      const maxBytes = maxBytesOption(opts.maxBytes);
      // --json prints, --out and --excel shape files: given together, one would be ignored.
      if (opts.json && opts.out !== undefined)
        throw new UsageError('--json prints the analysis on stdout and writes no files: it cannot go with --out');
      if (opts.json && opts.excel)
        throw new UsageError('--json prints the analysis on stdout and writes no CSV files: it cannot go with --excel');
      const { files: inputs, emptyFolders, unreadable } = expandInputs(files);
      const extensions = [...ARTICLE_EXTENSIONS].join(', ');
      for (const problem of unreadable) process.stderr.write(`arqam: ${problem}\n`);
      if (inputs.length === 0 && unreadable.length === 0) throw new UsageError(`no article files (${extensions}) in ${files.join(', ')}`);
      if (inputs.length === 0) {
        setStatus(EXIT_SOME_FAILED);
        return;
      }
      // A folder given with nothing to analyze in it is named, never skipped in silence.
      for (const dir of emptyFolders) process.stderr.write(`arqam: ${dir}: no article files (${extensions}) in this folder\n`);
      if (opts.json) {
        if (inputs.length !== 1) throw new UsageError('--json takes exactly one article');
        setStatus(printJson(inputs[0], maxBytes));
        return;
      }
      const outArg = opts.out ?? 'reports';
      const outDir = resolve(outArg);
      try {
        mkdirSync(outDir, { recursive: true });
      } catch (error) {
        process.stderr.write(`arqam: ${describeFsError(error, 'create', outArg)}\n`);
        setStatus(EXIT_SOME_FAILED);
        return;
      }
      const { writeArticleOutputs: write, writeIndex } = await import('../../report/write-outputs.js');
      const {
        written,
        failed: analyzeFailed,
        documents,
      } = analyzeInputs(inputs, { outDir, outArg, excel: Boolean(opts.excel), maxBytes, write });
      let failed = analyzeFailed;
      const folderGiven = files.some((f) => {
        try {
          return statSync(f).isDirectory();
        } catch {
          return false;
        }
      });
      if (written.length > 0 && (folderGiven || documents > 1)) {
        try {
          writeIndex(written, outDir);
        } catch (error) {
          failed++;
          process.stderr.write(`arqam: ${describeFsError(error, 'write', join(outArg, 'index.html'))}\n`);
        }
      }
      failed += emptyFolders.length + unreadable.length;
      if (failed > 0) process.stderr.write(`arqam: ${failed} of ${documents + emptyFolders.length + unreadable.length} inputs failed\n`);
      setStatus(failed > 0 ? EXIT_SOME_FAILED : EXIT_OK);
    });
}

/** Where and how `analyze` writes its reports. */
interface OutputPlace {
  outDir: string;
  /** The folder as given on the command line, for messages. */
  outArg: string;
  excel: boolean;
  maxBytes: number;
  /** The report writer, imported by the caller. */
  write: typeof writeArticleOutputs;
}

/** Analyzes every document of every input file and writes its outputs; failures are named on stderr and counted. */
function analyzeInputs(inputs: readonly string[], place: OutputPlace): { written: ArticleOutput[]; failed: number; documents: number } {
  const taken = new Set<string>();
  const written: ArticleOutput[] = [];
  let failed = 0;
  let documents = 0;
  for (const [i, file] of inputs.entries()) {
    if (inputs.length > 1) process.stderr.write(`[${i + 1}/${inputs.length}] ${file}\n`);
    let parts: InputDocument[];
    try {
      parts = readDocuments(file, place.maxBytes);
    } catch (error) {
      failed++;
      documents++;
      reportFailure(file, error);
      continue;
    }
    const base = slugFor(file, taken);
    if (parts.length > 1) process.stderr.write(`arqam: ${file}: ${parts.length} documents (<DOC>), one report each\n`);
    for (const part of parts) {
      documents++;
      try {
        const out = analyzePart(part, () => (part.part === null ? base : uniqueSlug(`${base}-${part.part}`, taken)), place);
        written.push(out);
      } catch (error) {
        failed++;
        reportFailure(part.source, error);
      }
    }
  }
  return { written, failed, documents };
}

/**
 * Analyzes one document and writes its outputs into `<out>/<slug>/`; throws an InputError where it
 * cannot. The slug is taken (`slugOf`) only once the document is known to be an Arabic article.
 */
function analyzePart(part: InputDocument, slugOf: () => string, place: OutputPlace): ArticleOutput {
  if (part.input instanceof InputError) throw part.input;
  const { text, bytes } = part.input;
  const doc = analyzeDocument(text, { source: part.source, bytes });
  const notArabic = documentNotArabic(doc);
  if (notArabic) throw new InputError(part.source, `${notArabic}; no report written (arqam analyzes Arabic articles)`);
  const slug = slugOf();
  const dir = join(place.outDir, slug);
  let out: ArticleOutput;
  try {
    out = place.write(doc, dir, { excel: place.excel, slug });
  } catch (error) {
    if (isFsError(error))
      throw new InputError(part.source, describeFsError(error, 'write', (error as NodeJS.ErrnoException).path ?? join(place.outArg, slug)));
    throw error;
  }
  process.stdout.write(summaryLine(out, join(place.outArg, slug)));
  return out;
}

/** `arqam analyze FILE --json`: the analysis JSON of the one document of FILE; the exit status. */
function printJson(file: string, maxBytes: number): number {
  try {
    const parts = readDocuments(file, maxBytes);
    if (parts.length > 1) {
      throw new UsageError(
        `--json takes one article, and ${file} holds ${parts.length} documents (<DOC>); analyze it without --json for a report each`,
      );
    }
    const part = parts[0];
    if (part.input instanceof InputError) throw part.input;
    const doc = analyzeDocument(part.input.text, { source: file, bytes: part.input.bytes });
    const notArabic = documentNotArabic(doc);
    if (notArabic) throw new InputError(file, `${notArabic} (arqam analyzes Arabic articles)`);
    process.stdout.write(analysisJson(toAnalysis(doc)));
    return EXIT_OK;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    reportFailure(file, error);
    return EXIT_SOME_FAILED;
  }
}

/** `slug`, or `slug-2`, `slug-3` ... when taken. */
function uniqueSlug(slug: string, taken: Set<string>): string {
  let s = slug;
  for (let n = 2; taken.has(s); n++) s = `${slug}-${n}`;
  taken.add(s);
  return s;
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
  const message =
    error instanceof InputError
      ? error.message
      : isFsError(error)
        ? describeFsError(error, 'read', file)
        : `${file}: ${error instanceof Error ? error.message : String(error)}`;
  process.stderr.write(`arqam: ${message}\n`);
}
