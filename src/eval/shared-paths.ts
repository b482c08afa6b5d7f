// Where the project root and ../shared are, from this file (src/eval or dist/eval alike).
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** ../shared relative to the project root (never copied into the project). */
export const SHARED_DIR = join(PROJECT_ROOT, '..', 'shared');

export const SHARED = {
  gold: join(SHARED_DIR, 'gold'),
  goldDev: join(SHARED_DIR, 'gold-dev'),
  articles: join(SHARED_DIR, 'articles'),
  corpus: join(SHARED_DIR, 'corpus'),
  recognizers: join(SHARED_DIR, 'numbers', 'recognizers-text-dev'),
  duckling: join(SHARED_DIR, 'numbers', 'duckling-ar'),
  anercorp: join(SHARED_DIR, 'ner', 'anercorp', 'ANERCorp_CamelLab_train.txt'),
  aqmar: join(SHARED_DIR, 'ner', 'aqmar', 'articles'),
};
