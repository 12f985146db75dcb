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

/**
 * Runs axe-core in the page with its default rules (every impact counts) and fails listing each
 * violation's id, targets and summary.
 */
export async function runAxe(
  page: Page,
  { exclude = [] }: { exclude?: string[] } = {},
): Promise<void> {
  const present = () => page.evaluate(() => 'axe' in window);
  if (!(await present())) {
    await page.addScriptTag({ content: axeSource });
    // A Content-Security-Policy may refuse inline scripts; evaluate is not subject to it.
    if (!(await present())) await page.evaluate(axeSource);
  }
  const violations: Violation[] = await page.evaluate(async (excluded) => {
    const axe = (window as unknown as { axe: { run(context: unknown): Promise<AxeResults> } }).axe;
    const context = excluded.length ? { exclude: excluded.map((s) => [s]) } : document;
    const result = await axe.run(context);
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target.join(' '), summary: n.failureSummary })),
    }));
  }, exclude);
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
