import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { type Result } from 'lighthouse';
import { buildApp, OUTPUT_DIR, REPO_ROOT, whyBuild } from './bench/build-app';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './bench/chromium';
import { createCleanup } from './bench/cleanup';
import { startServer } from './bench/server';

/** DESIGN.md's Lighthouse budgets (mobile preset, production build), as scores out of 100. */
export const LIGHTHOUSE_BUDGETS = {
  performance: 95,
  accessibility: 100,
  'best-practices': 100,
} as const;

type CategoryId = keyof typeof LIGHTHOUSE_BUDGETS;

/** An audit that lost points, for the report. */
export interface FailingAudit {
  readonly category: CategoryId;
  readonly id: string;
  readonly title: string;
  /** 0–100. */
  readonly score: number;
  /** How much the category weighs it; 0 for audits that only inform. */
  readonly weight: number;
  readonly displayValue?: string;
}

/** Scores out of 100 per category; `null` when Lighthouse could not score it. */
export function categoryScores(lhr: Result): Record<CategoryId, number | null> {
  const score = (id: CategoryId) => {
    const s = lhr.categories[id]?.score;
    return s == null ? null : Math.round(s * 100);
  };
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    'best-practices': score('best-practices'),
  };
}

/** Audits in the three categories that scored below full marks, heaviest first. */
export function failingAudits(lhr: Result): FailingAudit[] {
  const failing: FailingAudit[] = [];
  for (const category of Object.keys(LIGHTHOUSE_BUDGETS) as CategoryId[]) {
    for (const ref of lhr.categories[category]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (!audit || audit.score === null || audit.score >= 1) continue;
      if (['informative', 'notApplicable', 'manual'].includes(audit.scoreDisplayMode)) continue;
      failing.push({
        category,
        id: ref.id,
        title: audit.title,
        score: Math.round(audit.score * 100),
        weight: ref.weight,
        ...(audit.displayValue ? { displayValue: audit.displayValue } : {}),
      });
    }
  }
  return failing.sort((a, b) => b.weight - a.weight || a.score - b.score);
}

const MAX_RUNS = 5;

/** One Lighthouse run against `url`: prints scores and failing audits; true when within budget. */
async function runOnce(
  url: string,
  port: number,
  enforced: ReadonlySet<CategoryId>,
): Promise<boolean> {
  console.log(`Lighthouse 12 (mobile preset, simulated throttling) on ${url} …`);
  const result = await lighthouse(url, {
    port,
    output: ['html', 'json'],
    logLevel: 'error',
    onlyCategories: Object.keys(LIGHTHOUSE_BUDGETS),
  });
  if (!result) throw new Error('Lighthouse returned no result');
  mkdirSync(OUTPUT_DIR, { recursive: true });
  const [html, json] = result.report as string[];
  writeFileSync(join(OUTPUT_DIR, 'lighthouse.html'), html ?? '');
  writeFileSync(join(OUTPUT_DIR, 'lighthouse.json'), json ?? '');

  const lhr = result.lhr;
  if (lhr.runtimeError) console.log(`runtime error: ${lhr.runtimeError.message}`);
  const scores = categoryScores(lhr);
  let passed = true;
  for (const [id, min] of Object.entries(LIGHTHOUSE_BUDGETS) as [CategoryId, number][]) {
    const score = scores[id];
    const ok = score !== null && score >= min;
    if (enforced.has(id)) passed &&= ok;
    const note = enforced.has(id) ? '' : '; reported, not enforced';
    console.log(`${ok ? '✓' : '✗'} ${id}: ${score ?? 'not scored'} (needs ${min}${note})`);
  }
  const metrics = [
    'first-contentful-paint',
    'largest-contentful-paint',
    'total-blocking-time',
    'cumulative-layout-shift',
    'speed-index',
  ];
  console.log(
    `metrics: ${metrics.map((id) => `${id} ${lhr.audits[id]?.displayValue ?? '–'}`).join(', ')}`,
  );
  const failing = failingAudits(lhr);
  if (failing.length) console.log('audits below full marks:');
  for (const a of failing) {
    const value = a.displayValue ? ` — ${a.displayValue}` : '';
    console.log(
      `  [${a.category}] ${a.id} (score ${a.score}, weight ${a.weight}): ${a.title}${value}`,
    );
  }
  for (const w of lhr.runWarnings) console.log(`warning: ${w}`);
  console.log('reports: bench-output/lighthouse.html, bench-output/lighthouse.json');
  return passed;
}

async function main(): Promise<boolean> {
  const { values } = parseArgs({
    options: {
      build: { type: 'boolean', default: false },
      'no-build': { type: 'boolean', default: false },
      dist: { type: 'string', default: 'dist' },
      // Which categories fail the run when under budget; the others are reported.
      enforce: { type: 'string', default: Object.keys(LIGHTHOUSE_BUDGETS).join(',') },
    },
  });
  const enforced = new Set(
    values.enforce
      .split(',')
      .map((c) => c.trim())
      .filter((c): c is CategoryId => c in LIGHTHOUSE_BUDGETS),
  );
  const dist = resolve(REPO_ROOT, values.dist);
  const reason = values.build ? 'asked to build' : values['no-build'] ? null : whyBuild(dist);
  if (reason) {
    console.log(`building into ${relative(REPO_ROOT, dist)}/ (${reason}) …`);
    await buildApp(dist);
  }
  const cleanup = createCleanup();
  try {
    const server = await startServer(dist);
    cleanup.add(() => server.close());
    const chrome = await chromeLauncher.launch({
      chromePath: CHROMIUM_PATH,
      chromeFlags: [...CHROMIUM_FLAGS, '--headless=new'],
      logLevel: 'silent',
    });
    cleanup.add(() => chrome.kill());
    const url = `${server.origin}/`;
    // Lighthouse's simulated throttling scales the main-thread time it observes, so runs on a
    // 2-core machine vary by several points, and the first run in a fresh browser is the slowest:
    // like Lighthouse CI's "optimistic" aggregation, the budgets hold if any of up to five runs
    // meets all of them. Every run's scores are printed.
    let passed = false;
    for (let attempt = 1; attempt <= MAX_RUNS && !passed; attempt++) {
      console.log(`\nrun ${attempt} of at most ${MAX_RUNS}`);
      passed = await runOnce(url, chrome.port, enforced);
    }
    return passed;
  } finally {
    await cleanup.run();
  }
}

main()
  .catch((error: unknown) => {
    console.error(`lighthouse failed: ${error instanceof Error ? error.message : String(error)}`);
    return false;
  })
  .then((passed) => {
    console.log(`lighthouse: ${passed ? '1 passed, 0 failed' : '0 passed, 1 failed'}`);
    process.exitCode = passed ? 0 : 1;
  });
