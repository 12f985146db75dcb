import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { checkSheets } from '../../src/studio/check';
import { storyXlsx } from '../../src/studio/files/template';
import { readXlsx } from '../../src/studio/files/xlsxRead';
import { initialJsFiles } from '../check-size';
import { SINGLE_FILE } from '../vite-plugin-single-file';
import { generateStory } from './generate-story';
import { openContext, VIEWPORT } from './page-waits';

/** Issue 14: a 10,000-row Events sheet imports within this (read, map and check). */
export const STUDIO_IMPORT_TARGET_MS = 2000;

/** One file the Studio loads and the explorer does not, and when. */
export interface StudioChunk {
  readonly file: string;
  readonly when: string;
  readonly kb: number;
  readonly gzipKb: number;
}

/** Import in the browser: from choosing the file to the checked sheets, then the preview. */
export interface StudioBrowserImport {
  /** File chosen → the sheets and "No errors" on screen (read, map, check, first render). */
  readonly checkedMs: number;
  /** File chosen → the preview explorer shows the story's events. */
  readonly previewMs: number;
  readonly runs: number;
}

export interface StudioResult {
  readonly rows: number;
  readonly xlsxKB: number;
  /** Read .xlsx + map + check in Node, the code the Studio runs: median wall and CPU ms. */
  readonly importMs: { readonly wall: number; readonly cpu: number; readonly runs: number };
  readonly targetMs: number;
  /** Errors the generated workbook gave (should be 0). */
  readonly errors: number;
  readonly browser: StudioBrowserImport | null;
  readonly chunks: readonly StudioChunk[];
  readonly singleFile: { readonly kb: number; readonly gzipKb: number } | null;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const round = (n: number) => Math.round(n);

/** The workbook the Studio bench imports: the bench story generator's events, as .xlsx. */
export function studioWorkbook(rows: number): Uint8Array {
  const story = generateStory({ events: rows, quotes: 50, places: 40, seed: 14 });
  return storyXlsx(story as unknown as Record<string, unknown>);
}

/**
 * Median of `runs` imports in this process: wall-clock time, and the CPU time this process used
 * (which a machine shared with other work inflates much less).
 */
export function measureImport(bytes: Uint8Array, runs = 5) {
  const wall: number[] = [];
  const cpu: number[] = [];
  let errors = 0;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const c = process.cpuUsage();
    const checked = checkSheets(readXlsx(bytes));
    const used = process.cpuUsage(c);
    wall.push(performance.now() - t);
    cpu.push((used.user + used.system) / 1000);
    errors = checked.problems.filter((p) => p.level === 'error').length;
  }
  return { wall: round(median(wall)), cpu: round(median(cpu)), runs, errors };
}

/**
 * Gzip size of each file under `dist/assets` a Studio page loads and the explorer's first render
 * does not (chunks the explorer needs at start, e.g. React, are shared and cost the Studio nothing).
 */
export function studioChunks(dist: string): StudioChunk[] {
  const html = (name: string) => readFileSync(join(dist, name), 'utf8');
  const scripts = (page: string) =>
    [...html(page).matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((m) => m[1] ?? '');
  const explorer = new Set(initialJsFiles(dist).map((f) => f.split('\\').join('/')));
  const assets = readdirSync(join(dist, 'assets')).filter((f) => f.endsWith('.js'));
  const named = (prefix: string) =>
    assets.filter((f) => f.startsWith(prefix)).map((f) => `assets/${f}`);
  const rows = [
    ...scripts('studio.html')
      .filter((f) => !explorer.has(f))
      .map((f) => ({ file: f, when: 'studio page' })),
    ...named('files-').map((f) => ({ file: f, when: 'first import/export (dynamic)' })),
    ...scripts('studio-preview.html')
      .filter((f) => !explorer.has(f))
      .map((f) => ({ file: f, when: 'preview frame' })),
  ];
  return rows.map((r) => {
    const bytes = readFileSync(join(dist, r.file));
    return { ...r, kb: bytes.length / 1024, gzipKb: gzipSync(bytes).length / 1024 };
  });
}

/**
 * The import as a reader sees it, in a fresh browser context each run: the built Studio at
 * `origin`, the workbook chosen with the file input, timed until the sheets show "No errors"
 * and until the preview explorer shows events.
 */
export async function measureStudioInBrowser(
  browser: Browser,
  origin: string,
  bytes: Uint8Array,
  runs = 3,
): Promise<StudioBrowserImport> {
  const checked: number[] = [];
  const preview: number[] = [];
  for (let i = 0; i < runs; i++) {
    const context = await openContext(browser);
    try {
      const page = await context.newPage();
      await page.setViewportSize(VIEWPORT);
      await page.goto(`${origin}/studio.html`);
      await page.locator('.studio__start').waitFor();
      const started = Date.now();
      await page.locator('input[type="file"]').setInputFiles({
        name: 'bench-10000.xlsx',
        mimeType: 'application/octet-stream',
        buffer: Buffer.from(bytes),
      });
      await page.getByRole('heading', { name: 'No errors' }).waitFor({ timeout: 180_000 });
      checked.push(Date.now() - started);
      await page
        .frameLocator('iframe.studio__frame')
        .locator('[data-event-id]')
        .first()
        .waitFor({ timeout: 180_000 });
      preview.push(Date.now() - started);
    } finally {
      await context.close();
    }
  }
  return { checkedMs: round(median(checked)), previewMs: round(median(preview)), runs };
}

/** Every Studio figure for the build in `dist` (served at `origin` when a browser is given). */
export async function measureStudio(
  dist: string,
  { rows = 10_000, browser, origin }: { rows?: number; browser?: Browser; origin?: string } = {},
): Promise<StudioResult> {
  const bytes = studioWorkbook(rows);
  const { errors, ...importMs } = measureImport(bytes);
  const result = {
    rows,
    xlsxKB: round(bytes.length / 1024),
    importMs,
    targetMs: STUDIO_IMPORT_TARGET_MS,
    errors,
    browser: browser && origin ? await measureStudioInBrowser(browser, origin, bytes) : null,
    chunks: studioChunks(dist),
    singleFile: null as StudioResult['singleFile'],
  };
  try {
    const single = readFileSync(join(dist, SINGLE_FILE));
    result.singleFile = { kb: single.length / 1024, gzipKb: gzipSync(single).length / 1024 };
  } catch {
    // A build without the single file (an older one) reports none.
  }
  return result;
}

/** The Studio section of the bench's printout. */
export function formatStudio(s: StudioResult): string {
  const kb = (n: number) => n.toFixed(1);
  return [
    `Studio import, ${s.rows.toLocaleString('en')} Events rows (${s.xlsxKB} KB .xlsx):`,
    `  read + map + check (Node, median of ${s.importMs.runs}): ${s.importMs.wall} ms wall, ${s.importMs.cpu} ms CPU (target ≤ ${s.targetMs} ms), ${s.errors} errors`,
    ...(s.browser
      ? [
          `  in Chromium (median of ${s.browser.runs}): file chosen → sheets checked ${s.browser.checkedMs} ms, → preview shows the events ${s.browser.previewMs} ms`,
        ]
      : []),
    'Studio chunks (not loaded by the explorer):',
    ...s.chunks.map((c) => `  ${c.file} (${c.when}): ${kb(c.kb)} KB, ${kb(c.gzipKb)} KB gzip`),
    ...(s.singleFile
      ? [
          `  ${SINGLE_FILE} (single HTML file export, default story): ${kb(s.singleFile.kb)} KB, ${kb(s.singleFile.gzipKb)} KB gzip`,
        ]
      : []),
  ].join('\n');
}
