// Scores arqam's whole-phrase parser (parseFigure) on Duckling's Arabic corpora
// (../shared/numbers/duckling-ar): every input of a group, parsed as a whole, must give the
// group's expected value — a number for Numeral, an ordinal for Ordinal, a duration with its
// unit for Duration, a temperature in °C for Temperature (Fahrenheit converted), money with its
// ISO code for AmountOfMoney (Duckling's Cent is 1/100 of a dollar, its Pound any pound), a mass
// for Quantity's grams and ounces. A phone number must give no figure (the issue: phone numbers
// are not figures). Rejected expectations (rejected-specs.json) are reported apart.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseFigure } from '../figures/index.js';
import type { Figure } from '../model/types.js';

export interface DucklingGroup {
  expected: string;
  inputs: string[];
}

export interface DucklingFailure {
  input: string;
  expected: string;
  got: unknown;
  category: string;
}

export interface DucklingRejected extends DucklingFailure {
  reason: string;
}

export interface DucklingCorpusScore {
  corpus: string;
  file: string;
  /** Inputs scored: all inputs but the rejected ones (and none of a corpus we do not score). */
  inputs: number;
  /** Alias of inputs, for readers that look for "cases". */
  cases: number;
  total: number;
  passed: number;
  failures: DucklingFailure[];
  rejected: DucklingRejected[];
  /** Inputs whose expectation arqam does not model (clock times, weekdays, cups ...), not scored. */
  notModelled: { input: string; expected: string }[];
  rate: number;
  /** False for corpora whose expectations arqam does not model (Cup, Time ...). */
  scored: boolean;
}

interface RejectedDuckling {
  corpus: string;
  input: string;
  reason: string;
}

const REJECTED_PATH = fileURLToPath(new URL('../../src/eval/rejected-specs.json', import.meta.url));

export function loadRejectedDuckling(path = REJECTED_PATH): RejectedDuckling[] {
  if (!existsSync(path)) return [];
  const data = JSON.parse(readFileSync(path, 'utf8')) as { duckling?: RejectedDuckling[] };
  return data.duckling ?? [];
}

function close(a: number, b: number, tol = 1e-9): boolean {
  return Math.abs(a - b) <= tol * Math.max(1, Math.abs(a), Math.abs(b));
}

/** A number as Duckling writes it: 1e4, (-1200000), 0.77. */
function num(s: string): number {
  return Number(s.replace(/[()]/g, ''));
}

const POUNDS = new Set(['EGP', 'GBP', 'SDG', 'SSP', 'LBP', 'SYP']);
const CURRENCY: Record<string, string> = {
  Dollar: 'USD',
  EUR: 'EUR',
  GBP: 'GBP',
  KWD: 'KWD',
  LBP: 'LBP',
  EGP: 'EGP',
  QAR: 'QAR',
  SAR: 'SAR',
  JOD: 'JOD',
  ILS: 'ILS',
  AED: 'AED',
};
const DURATION: Record<string, string> = {
  Second: 'second',
  Minute: 'minute',
  Hour: 'hour',
  Day: 'day',
  Week: 'week',
  Month: 'month',
  Year: 'year',
};

/** A predicate for the expected value of a group, or null when arqam does not model it. */
export function expectation(expected: string, corpus: string): ((f: Figure | null) => boolean) | null {
  let m: RegExpExecArray | null;
  if ((m = /^NumeralValue (\(?-?[\d.e]+\)?)$/.exec(expected))) {
    const v = num(m[1]);
    return (f) => f !== null && typeof f.value === 'number' && close(f.value, v) && f.kind !== 'ordinal';
  }
  if ((m = /^OrdinalData (\d+)$/.exec(expected))) {
    const v = Number(m[1]);
    return (f) => f !== null && f.kind === 'ordinal' && f.value === v;
  }
  if ((m = /^DurationData (\d+) (\w+)$/.exec(expected))) {
    const v = Number(m[1]);
    const unit = DURATION[m[2]];
    return (f) => f !== null && f.kind === 'duration' && f.value === v && f.unit === unit;
  }
  if ((m = /^simple (Celsius|Degree|Fahrenheit) (\(?-?[\d.]+\)?)$/.exec(expected))) {
    const raw = num(m[2]);
    const c = m[1] === 'Fahrenheit' ? ((raw - 32) * 5) / 9 : raw;
    return (f) => f !== null && f.kind === 'temperature' && typeof f.value === 'number' && close(f.value, c, 1e-6);
  }
  if ((m = /^(simple|between|under|above) (\w+) (\(?-?[\d.e]+\)?|\([\d.e]+, [\d.e]+\))(?: .*)?$/.exec(expected))) {
    const [, how, what, amount] = m;
    if (corpus === 'Volume') {
      const m3: Record<string, number> = { Millilitre: 1e-6, Litre: 1e-3, Gallon: 0.003785411784, Hectolitre: 0.1 };
      if (!(what in m3)) return null;
      const v = num(amount) * m3[what];
      return (f) => f !== null && f.kind === 'volume' && typeof f.value === 'number' && close(f.value, v, 1e-6);
    }
    if (corpus === 'Quantity') {
      const grams: Record<string, number> = { Gram: 1, Ounce: 28.3495 };
      if (!(what in grams)) return null;
      const t = (num(amount) * grams[what]) / 1e6;
      return (f) => f !== null && f.kind === 'mass' && typeof f.value === 'number' && close(f.value, t, 1e-4);
    }
    let factor = 1;
    let unitOk: (u: string | null) => boolean;
    if (what === 'Cent') {
      factor = 0.01;
      unitOk = (u) => u === 'USD';
    } else if (what === 'Pound') unitOk = (u) => u !== null && POUNDS.has(u);
    else if (CURRENCY[what]) unitOk = (u) => u === CURRENCY[what];
    else return null;
    const money = (f: Figure | null): f is Figure => f !== null && f.kind === 'money' && unitOk(f.unit);
    if (how === 'between') {
      const [lo, hi] = amount
        .replace(/[()]/g, '')
        .split(',')
        .map((x) => Number(x.trim()) * factor);
      return (f) =>
        money(f) && typeof f.value === 'number' && close(f.value, lo) && typeof f.value_max === 'number' && close(f.value_max, hi);
    }
    const v = num(amount) * factor;
    const qualifier = how === 'under' ? 'at_most' : how === 'above' ? 'at_least' : null;
    return (f) =>
      money(f) &&
      typeof f.value === 'number' &&
      close(f.value, v) &&
      f.value_max === null &&
      (qualifier === null || f.qualifier === qualifier);
  }
  if (/^PhoneNumberValue /.test(expected)) return (f) => f === null;
  // Time, at the grains arqam reads (days, months and years; reference 2013-02-12): a date for a
  // Day, a month for a Month, a year for a Year, a date range for a Day interval (Duckling's end
  // is exclusive) and for a Week (its Monday to Sunday, as gold-dev gives الأسبوع الماضي). Clock
  // times, week intervals and holidays are not modelled.
  const t = String.raw`\((\d+), (\d+), (\d+), 0, 0, 0\)`;
  if ((m = new RegExp(`^datetime ${t} Week$`).exec(expected))) {
    const monday = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
    const from = new Date(monday).toISOString().slice(0, 10);
    const to = new Date(monday + 6 * 86400000).toISOString().slice(0, 10);
    return (f) => f !== null && f.kind === 'date' && f.value === from && f.value_max === to;
  }
  if ((m = new RegExp(`^datetime ${t} (Day|Month|Year)$`).exec(expected))) {
    const [, y, mo, d, grain] = m;
    if (grain === 'Year')
      return (f) => f !== null && ((f.kind === 'year' && f.value === Number(y)) || (f.kind === 'date' && f.value === y));
    const want = grain === 'Month' ? `${y}-${pad2(mo)}` : `${y}-${pad2(mo)}-${pad2(d)}`;
    return (f) => f !== null && f.kind === 'date' && f.value === want && f.value_max === null;
  }
  if ((m = new RegExp(`^datetimeInterval \\(${t}, ${t}\\) Day$`).exec(expected))) {
    const from = `${m[1]}-${pad2(m[2])}-${pad2(m[3])}`;
    const end = new Date(Date.UTC(Number(m[4]), Number(m[5]) - 1, Number(m[6])) - 86400000);
    const to = end.toISOString().slice(0, 10);
    return (f) => f !== null && f.kind === 'date' && f.value === from && f.value_max === to;
  }
  return null;
}

function pad2(x: string): string {
  return x.padStart(2, '0');
}

/** The reference time of Duckling's corpora (Time corpus: 2013-02-12T04:30). */
const DUCKLING_NOW = '2013-02-12';

function corpusOf(file: string): string {
  return file.replace(/^Duckling_/, '').replace(/_AR(_EG)?\.json$/, (_, eg: string | undefined) => (eg ? '_EG' : ''));
}

function brief(f: Figure | null): unknown {
  return f && { kind: f.kind, text: f.text, value: f.value, value_max: f.value_max, unit: f.unit, qualifier: f.qualifier };
}

/** Scores every corpus in `dir` (per-corpus rows, in file order). */
export function scoreDuckling(dir = '../shared/numbers/duckling-ar', rejectedSpecs = loadRejectedDuckling()): DucklingCorpusScore[] {
  if (!existsSync(dir)) throw new Error(`Duckling corpora not found: ${dir} (run from the project root with ../shared present)`);
  const out: DucklingCorpusScore[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const corpus = corpusOf(file);
    let data: { groups: DucklingGroup[] };
    try {
      data = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { groups: DucklingGroup[] };
    } catch (error) {
      throw new Error(`${join(dir, file)}: not a JSON corpus (${error instanceof Error ? error.message : String(error)})`);
    }
    const rejectedHere = new Map(rejectedSpecs.filter((r) => r.corpus === corpus).map((r) => [r.input, r.reason]));
    const row: DucklingCorpusScore = {
      corpus,
      file,
      inputs: 0,
      cases: 0,
      total: 0,
      passed: 0,
      failures: [],
      rejected: [],
      notModelled: [],
      rate: 0,
      scored: true,
    };
    const base = corpus.replace(/_EG$/, '');
    for (const g of data.groups ?? []) {
      const ok = expectation(g.expected, base);
      for (const input of g.inputs) {
        row.total++;
        if (!ok) {
          row.notModelled.push({ input, expected: g.expected });
          continue;
        }
        const f = parseFigure(input, base === 'Time' ? { published: DUCKLING_NOW } : {});
        const pass = ok(f);
        const reason = rejectedHere.get(input);
        if (reason !== undefined)
          row.rejected.push({ input, expected: g.expected, got: brief(f), category: pass ? 'rejected (would pass)' : 'rejected', reason });
        else if (pass) row.passed++;
        else row.failures.push({ input, expected: g.expected, got: brief(f), category: f === null ? 'no single figure' : 'wrong reading' });
      }
    }
    row.scored = row.notModelled.length < row.total;
    row.inputs = row.total - row.rejected.length - row.notModelled.length;
    row.cases = row.inputs;
    row.rate = row.inputs > 0 ? row.passed / row.inputs : 1;
    out.push(row);
  }
  return out;
}

function main(): void {
  const args = process.argv.slice(2);
  const dir = args.find((a) => !a.startsWith('--')) ?? '../shared/numbers/duckling-ar';
  for (const r of scoreDuckling(dir)) {
    if (!r.scored) {
      process.stdout.write(`${r.corpus.padEnd(20)} not modelled (${r.total} inputs)\n`);
      continue;
    }
    const rej =
      (r.rejected.length > 0 ? `  (${r.rejected.length} rejected left out)` : '') +
      (r.notModelled.length > 0 ? `  (${r.notModelled.length} of ${r.total} not modelled)` : '');
    process.stdout.write(
      `${r.corpus.padEnd(20)} ${String(r.passed).padStart(4)}/${r.inputs}  ${(100 * r.rate).toFixed(1).padStart(5)}%${rej}\n`,
    );
    if (args.includes('--failures')) {
      for (const f of r.failures)
        process.stdout.write(`   ${f.category}: ${JSON.stringify(f.input)} expected ${f.expected} got ${JSON.stringify(f.got)}\n`);
      for (const f of r.rejected) process.stdout.write(`   rejected: ${JSON.stringify(f.input)} — ${f.reason}\n`);
    }
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    main();
  } catch (error) {
    process.stderr.write(`duckling-corpora: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
}
