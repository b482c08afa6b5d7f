// Build step (npm run build): compiles the shipped gazetteer into
// dist/entities/gazetteer.compiled.jsonl, which defaultGazetteer() loads instead of tokenizing
// every lexicon name at each start (src/entities/compiled-gazetteer.ts).
import { fileURLToPath } from 'node:url';
import { COMPILED_GAZETTEER_URL, writeCompiledGazetteer } from '../entities/compiled-gazetteer.js';
import { buildGazetteer } from '../entities/gazetteer.js';

writeCompiledGazetteer(buildGazetteer());
process.stderr.write(`compiled gazetteer → ${fileURLToPath(COMPILED_GAZETTEER_URL)}\n`);
