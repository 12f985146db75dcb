import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
/** Where the browser tests live; every `*.e2e.ts` below it is a test file. */
export const E2E_DIR = resolve(ROOT, 'tests/e2e');
/** Files served to the app under `/e2e-fixtures/` (stories with bad or hostile content). */
export const FIXTURES_DIR = resolve(E2E_DIR, 'fixtures');
/** Screenshots, logs and the e2e build; git-ignored. */
export const OUTPUT_DIR = resolve(ROOT, 'tests/output');
/**
 * The production build the tests run against. Kept apart from `dist/` so that a build someone
 * else starts at the same time cannot swap files under a running test.
 */
export const E2E_DIST = resolve(OUTPUT_DIR, 'e2e-dist');
/** The URL path the fixtures are served under, on the app's own origin. */
export const FIXTURES_PATH = '/e2e-fixtures/';
