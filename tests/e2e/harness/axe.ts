import { createRequire } from 'node:module';
import type { AxeResults } from 'axe-core';
import type { Page } from 'playwright-core';

const axeSource: string = createRequire(import.meta.url)('axe-core').source;
const MAX_NODES = 5;

/** A violation as the report prints it. */
interface Violation {
  id: string;
  impact: string | null | undefined;
  help: string;
  nodes: { target: string; summary: string | undefined }[];
}

/** Options of {@link runAxe}. */
export interface AxeOptions {
  /** Selectors of parts of the page to leave out. */
  exclude?: string[];
  /** A selector of the part of the page to check. Default: the whole page. */
  within?: string;
  /** Only these rules (e.g. `['target-size']`). Default: axe's default rules. */
  rules?: string[];
}

/**
 * Runs axe-core in the page with its default rules (every impact counts), or only `rules`, and
 * fails listing each violation's id, targets and summary.
 */
export async function runAxe(
  page: Page,
  { exclude = [], within, rules }: AxeOptions = {},
): Promise<void> {
  const present = () => page.evaluate(() => 'axe' in window);
  if (!(await present())) {
    // Evaluated, not added as an inline <script>: the app's Content-Security-Policy refuses
    // inline scripts (and says so on the console); evaluate is not subject to it.
    await page.evaluate(axeSource);
  }
  const violations: Violation[] = await page.evaluate(
    async ({ excluded, included, only }) => {
      const axe = (
        window as unknown as {
          axe: { run(context: unknown, options: unknown): Promise<AxeResults> };
        }
      ).axe;
      const context =
        excluded.length || included
          ? {
              ...(included ? { include: [[included]] } : {}),
              ...(excluded.length ? { exclude: excluded.map((s) => [s]) } : {}),
            }
          : document;
      const options = only ? { runOnly: { type: 'rule', values: only } } : {};
      const result = await axe.run(context, options);
      return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.map((n) => ({ target: n.target.join(' '), summary: n.failureSummary })),
      }));
    },
    { excluded: exclude, included: within ?? null, only: rules ?? null },
  );
  if (violations.length === 0) return;
  const lines = [`axe found ${violations.length} violation(s):`];
  for (const v of violations) {
    lines.push(`  ${v.id} (${v.impact ?? 'no impact'}): ${v.help} — ${v.nodes.length} element(s)`);
    for (const n of v.nodes.slice(0, MAX_NODES)) {
      lines.push(`    - ${n.target}: ${(n.summary ?? '').replace(/\s*\n\s*/g, ' ')}`);
    }
    if (v.nodes.length > MAX_NODES) lines.push(`    - … ${v.nodes.length - MAX_NODES} more`);
  }
  throw new Error(lines.join('\n'));
}
