import type { SizedFile } from '../check-size';
import type { FrameRun } from './gestures';
import type { DaylineResult, SelectionResult } from './measure-dayline';
import { formatStudio, type StudioResult } from './measure-studio';
import type { VisResult } from './measure-vis';
import { type PlayResult, playTable } from './play';

/** One budget from DESIGN.md against what the bench measured; `met` is `null` when unmeasured. */
export interface BudgetCheck {
  readonly budget: string;
  readonly value: number | null;
  readonly limit: number;
  readonly met: boolean | null;
}

/** Dayline against vis-timeline on the same story: above 1 means Dayline took longer. */
export interface Ratio {
  readonly story: string;
  readonly events: number;
  /** Dayline's first render ÷ vis-timeline's. */
  readonly load: number | null;
  /** Dayline's p95 zoom frame time ÷ vis-timeline's. */
  readonly zoomFrameP95: number | null;
}

/** The one JSON report `npm run bench` prints and saves to bench-output/report.json. */
export interface BenchReport {
  readonly date: string;
  readonly environment: {
    readonly cpus: number;
    /** 1-minute load average at the start and end: above the core count, timings are inflated. */
    readonly loadAverage: { readonly start: number; readonly end: number };
    readonly node: string;
    readonly chromium: string;
    readonly viewport: string;
  };
  readonly durationS: number;
  readonly initialJs: {
    readonly gzipKB: number;
    readonly budgetKB: number;
    readonly files: readonly SizedFile[];
  };
  readonly stories: readonly (DaylineResult & { readonly initialJsGzipKB: number })[];
  readonly visTimeline: readonly VisResult[];
  /** Frames while the day plays (scripts/bench/play.ts). */
  readonly play: readonly PlayResult[];
  /** The Studio's import time and chunks (scripts/bench/measure-studio.ts); null when not run. */
  readonly studio: StudioResult | null;
  readonly ratios: readonly Ratio[];
  readonly budgets: readonly BudgetCheck[];
  readonly notes: readonly string[];
}

const ratio = (a: number | null | undefined, b: number | null | undefined) =>
  a != null && b != null && b > 0 ? Math.round((a / b) * 100) / 100 : null;

/** Pairs each generated story's Dayline figures with vis-timeline's on the same story. */
export function compare(stories: readonly DaylineResult[], vis: readonly VisResult[]): Ratio[] {
  return vis.map((v) => {
    const d = stories.find((s) => s.story === v.story);
    return {
      story: v.story,
      events: v.events,
      load: ratio(d?.firstRenderMs, v.firstRenderMs),
      zoomFrameP95: ratio(d?.timelineZoom?.p95Ms, v.zoom?.p95Ms),
    };
  });
}

/** The worst p95 over the three views, or `null` when no view could be measured. */
export function worstSelectionP95(result: DaylineResult): number | null {
  const p95s = Object.values(result.selection)
    .map((s) => s.p95Ms)
    .filter((v): v is number => v !== null);
  return p95s.length ? Math.max(...p95s) : null;
}

const cell = (v: number | null | undefined, digits = 0) => (v == null ? '–' : v.toFixed(digits));
const sel = (s: SelectionResult | undefined) =>
  !s || s.n === 0
    ? s?.pool === 'none'
      ? 'no items'
      : '–'
    : `${cell(s.medianMs, 1)} / ${cell(s.p95Ms, 1)}${s.failures ? ` (${s.failures} lost)` : ''}`;
const frames = (f: FrameRun | null | undefined) =>
  f ? `${cell(f.p95Ms, 1)} (${f.n} frames)` : 'not found';

/** The report as a table for people; the JSON holds the detail. */
export function formatTable(report: BenchReport): string {
  const names = report.stories.map((s) => s.story);
  const rows: [string, ...string[]][] = [
    ['', ...names],
    [
      'events / quotes / places',
      ...report.stories.map((s) => `${s.counts.events} / ${s.counts.quotes} / ${s.counts.places}`),
    ],
    ['initial JS (KB gzip)', ...report.stories.map((s) => cell(s.initialJsGzipKB, 1))],
    ['first render (ms)', ...report.stories.map((s) => cell(s.firstRenderMs))],
    ['  missing views', ...report.stories.map((s) => s.missingViews.join(', ') || 'none')],
    [
      '  items in DOM (ev/pl/qu)',
      ...report.stories.map(
        (s) => `${s.renderedItems.events}/${s.renderedItems.places}/${s.renderedItems.quotes}`,
      ),
    ],
    ['heap after load (MB)', ...report.stories.map((s) => cell(s.heapMB, 1))],
    ['select → paint p50/p95 (ms)', ...names.map(() => '')],
    ...(['timeline', 'map', 'quotes'] as const).map((view): [string, ...string[]] => [
      `  from ${view}`,
      ...report.stories.map((s) => sel(s.selection[view])),
    ]),
    ['timeline zoom frame p95 (ms)', ...report.stories.map((s) => frames(s.timelineZoom))],
    ['map pan frame p95 (ms)', ...report.stories.map((s) => frames(s.mapPan))],
    [
      'vis-timeline first render (ms)',
      ...report.stories.map((s) =>
        cell(report.visTimeline.find((v) => v.story === s.story)?.firstRenderMs),
      ),
    ],
    [
      'vis-timeline zoom frame p95 (ms)',
      ...report.stories.map((s) =>
        frames(report.visTimeline.find((v) => v.story === s.story)?.zoom),
      ),
    ],
    [
      'dayline/vis load',
      ...report.stories.map((s) => cell(report.ratios.find((r) => r.story === s.story)?.load, 2)),
    ],
    [
      'dayline/vis zoom frame p95',
      ...report.stories.map((s) =>
        cell(report.ratios.find((r) => r.story === s.story)?.zoomFrameP95, 2),
      ),
    ],
  ];
  const widths = (rows[0] ?? []).map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  const lines = rows.map((r) =>
    r.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('   '),
  );
  const budgets = report.budgets.map(
    (b) =>
      `${b.met === null ? '?' : b.met ? '✓' : '✗'} ${b.budget}: ${cell(b.value, 1)} (limit ${b.limit})`,
  );
  return [
    `Dayline bench, ${report.date} — ${report.environment.cpus} cores (load ${report.environment.loadAverage.start} → ${report.environment.loadAverage.end}), ${report.environment.chromium}, ${report.environment.viewport}, ${report.durationS} s`,
    // `--only play` or `--only studio` measures no stories: no empty table.
    ...(report.stories.length ? lines : []),
    ...(report.play.length
      ? ['', 'Playing the day (one hour in 5 s), frame times in ms:', playTable(report.play)]
      : []),
    ...(report.studio ? ['', formatStudio(report.studio)] : []),
    '',
    'Budgets (DESIGN.md; reported, not enforced here):',
    ...budgets,
    ...report.notes.map((n) => `note: ${n}`),
  ].join('\n');
}
