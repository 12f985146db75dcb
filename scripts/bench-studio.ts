/**
 * The Studio's numbers (issue 14), separate from `npm run bench` so it stays quick:
 *
 *   npm run bench:studio [-- --rows 10000 --no-build]
 *
 * Import time of a workbook with a 10,000-row Events sheet (read .xlsx + map + check, the same
 * code the Studio runs; target ≤ 2 s), and the gzip size of the Studio's own chunks in the build.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { checkSheets } from '../src/studio/check';
import { storyXlsx } from '../src/studio/files/template';
import { readXlsx } from '../src/studio/files/xlsxRead';
import { buildApp, REPO_ROOT } from './bench/build-app';
import { isEntryPoint } from './bench/entry';
import { generateStory } from './bench/generate-story';
import { SINGLE_FILE } from './vite-plugin-single-file';

const TARGET_MS = 2000;

/**
 * Median of `runs` timings of `fn`, in ms: wall-clock time, and the CPU time this process used
 * (which a machine shared with other work inflates much less).
 */
function median(runs: number, fn: () => void): { wall: number; cpu: number } {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const c = process.cpuUsage();
    fn();
    const used = process.cpuUsage(c);
    wall.push(performance.now() - t);
    cpu.push((used.user + used.system) / 1000);
  }
  const mid = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
  return { wall: mid(wall), cpu: mid(cpu) };
}

/** Gzip size of each file under `dist/assets` a Studio page loads and the explorer does not. */
function studioChunks(dist: string) {
  const html = (name: string) => readFileSync(join(dist, name), 'utf8');
  const scripts = (page: string) =>
    [...html(page).matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((m) => m[1] ?? '');
  const assets = readdirSync(join(dist, 'assets')).filter((f) => f.endsWith('.js'));
  const named = (prefix: string) =>
    assets.filter((f) => f.startsWith(prefix)).map((f) => `assets/${f}`);
  const rows = [
    ...scripts('studio.html').map((f) => ({ file: f, when: 'studio page' })),
    ...named('files-').map((f) => ({ file: f, when: 'first import/export (dynamic)' })),
    ...scripts('studio-preview.html').map((f) => ({ file: f, when: 'preview frame' })),
  ];
  return rows.map((r) => {
    const bytes = readFileSync(join(dist, r.file));
    return { ...r, kb: bytes.length / 1024, gzipKb: gzipSync(bytes).length / 1024 };
  });
}

async function main() {
  const { values } = parseArgs({
    options: {
      rows: { type: 'string', default: '10000' },
      'no-build': { type: 'boolean', default: false },
      dist: { type: 'string', default: 'dist' },
    },
  });
  const rows = Number(values.rows);
  const story = generateStory({ events: rows, quotes: 50, places: 40, seed: 14 });
  const bytes = storyXlsx(story as unknown as Record<string, unknown>);
  let problems = 0;
  const { wall: ms, cpu } = median(5, () => {
    const checked = checkSheets(readXlsx(bytes));
    problems = checked.problems.filter((p) => p.level === 'error').length;
  });
  console.log(
    `import: ${rows} event rows (${(bytes.length / 1024).toFixed(0)} KB .xlsx) read, mapped and checked in ${ms.toFixed(0)} ms wall, ${cpu.toFixed(0)} ms CPU (medians of 5; target ≤ ${TARGET_MS} ms), ${problems} errors`,
  );
  const dist = resolve(REPO_ROOT, values.dist);
  if (!values['no-build'] || !existsSync(join(dist, 'studio.html'))) await buildApp(dist);
  for (const c of studioChunks(dist)) {
    console.log(`  ${c.file} (${c.when}): ${c.kb.toFixed(1)} KB, ${c.gzipKb.toFixed(1)} KB gzip`);
  }
  const single = readFileSync(join(dist, SINGLE_FILE));
  console.log(
    `  ${SINGLE_FILE} (single HTML file export, default story): ${(single.length / 1024).toFixed(1)} KB, ${(gzipSync(single).length / 1024).toFixed(1)} KB gzip`,
  );
  return ms <= TARGET_MS && problems === 0;
}

if (isEntryPoint(import.meta.url)) {
  main().then(
    (ok) => {
      console.log(`bench:studio: ${ok ? '1 passed, 0 failed' : '0 passed, 1 failed'}`);
      process.exitCode = ok ? 0 : 1;
    },
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
