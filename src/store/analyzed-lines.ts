// `arqam ingest --analyzed`: stores the JSON lines that `arqam extract --jsonl` wrote (on a
// cluster, say) without analyzing again. A line is {"id", "figures", "entities", "projects"},
// plus, from this version of extract on, "document" (with "sha256", the whole hash, from the
// version that added it), "sentences" (with their text) and "messages". What the store records
// for a line:
//   - doc_id: document.id (the hash of the text) when the line has it, else the line's "id";
//   - documents: the line's document fields, or only doc_id and source (the line's "id") when
//     the line has none (lines from an older extract);
//   - sentences: with their text when the line has them, none otherwise;
//   - figures, entities, mentions, projects, project_partners, messages: as given.
// A line {"id", "error"} is recorded in the errors table with extract's reason.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import type { Analysis } from '../model/types.js';
import { analysisRows } from '../tables/rows.js';
import type { WorkResult } from './analyze-item.js';
import { tableJson } from './row-json.js';
import type { ExpandedPath, InputItem } from './read-inputs.js';

export interface AnalyzedReadOptions {
  stdin?: Readable;
}

export async function* readAnalyzedLines(files: ExpandedPath[], options: AnalyzedReadOptions): AsyncGenerator<InputItem | WorkResult> {
  for (const file of files) {
    if (file.error) {
      yield { input: file.path, error: file.error, size: 0, consumed: 0, source: file.path };
      continue;
    }
    const name = file.path === '-' ? 'stdin' : file.path;
    const stream = file.path === '-' ? options.stdin : createReadStream(file.path);
    if (!stream) throw new Error('no standard input to read for "-"');
    const rl = createInterface({ input: stream, crlfDelay: Infinity });
    let lineNo = 0;
    try {
      for await (const raw of rl) {
        lineNo++;
        const size = Buffer.byteLength(raw) + 1;
        const line = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
        if (line.trim() === '') continue;
        yield analyzedLineItem(line, `${name}:${lineNo}`, size);
      }
    } catch (error) {
      yield {
        input: name,
        error: (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or directory' : String(error),
        size: 0,
        consumed: 0,
        source: name,
      };
    }
  }
}

/** The rows of one line of `arqam extract --jsonl` output, or why it has none. */
export function analyzedLineItem(line: string, locator: string, size: number): WorkResult {
  const fail = (reason: string, id = ''): WorkResult => ({ input: locator, id, size, ok: false, reason });
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return fail('invalid JSON');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return fail('expected a JSON object (arqam extract --jsonl output)');
  const o = value as Record<string, unknown>;
  const lineId = o.id === null || o.id === undefined ? null : String(o.id);
  if (typeof o.error === 'string') return fail(`extract failed: ${o.error}`);
  for (const key of ['figures', 'entities', 'projects'] as const) {
    if (!Array.isArray(o[key])) return fail(`no "${key}" list: not arqam extract --jsonl output`);
  }
  const given = (typeof o.document === 'object' && o.document !== null ? o.document : {}) as Record<string, unknown>;
  const id = typeof given.id === 'string' ? given.id : lineId;
  if (id === null) return fail('no "id" and no "document": cannot name the document');
  const sentences = Array.isArray(o.sentences) ? (o.sentences as { index: number; start: number; end: number; text?: string }[]) : [];
  const pick = <T>(key: string, fallback: T): T => (given[key] === undefined ? fallback : (given[key] as T));
  const analysis = {
    schema: 'arqam.analysis/1',
    document: {
      id,
      source: pick('source', lineId),
      title: pick('title', null),
      published: pick('published', null),
      site: pick('site', null),
      author: pick('author', null),
      language: pick('language', null),
      body: pick('body', { start: null, end: null }),
      chars: pick('chars', null),
      sentences: pick('sentences', Array.isArray(o.sentences) ? sentences.length : null),
      tokens: pick('tokens', null),
    },
    sentences,
    entities: o.entities,
    figures: o.figures,
    projects: o.projects,
    messages: Array.isArray(o.messages) ? o.messages : [],
  } as unknown as Analysis;
  try {
    const rows = analysisRows(analysis);
    rows.sentences.forEach((r, i) => {
      r.text = typeof sentences[i]?.text === 'string' ? sentences[i].text! : null;
    });
    const sha256 =
      typeof given.sha256 === 'string' && /^[0-9a-f]{64}$/.test(given.sha256) && given.sha256.startsWith(id) ? given.sha256 : null;
    return { input: locator, id, size, ok: true, tables: tableJson(rows, sha256), recordId: lineId, url: null };
  } catch (error) {
    return fail(`not arqam extract --jsonl output (${(error as Error).message})`, id);
  }
}
