// Where ../shared is (relative to the project root), and a skip reason when it is absent.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const SHARED = join(PROJECT_ROOT, '..', 'shared');
export const HAS_SHARED = existsSync(join(SHARED, 'corpus'));
// When it is absent, the tests that need it skip, and tests/helpers/skip-reporter.ts says so
// once at the end of the run (how many, why, and in which files).
