import { createRequire } from 'node:module';
import type { AxeResults } from 'axe-core';
import type { Frame, Page } from 'playwright-core';
import { getEnv } from './env';

const axeSource: string = createRequire(import.meta.url)('axe-core').source;
const MAX_NODES = 5;

/**
 * The reflected ARIA element references axe reads (its `prop` of each id-reference attribute).
 *
 * Firefox 140 ESR crashes its content process when one element's reflected array is read from two
 * script worlds: Playwright's role and name queries (`getByRole`, `ariaSnapshot`) read
 * `ariaLabelledByElements` from their own sandbox, and axe then reads it from the page (or the
 * other way round; reproduced with a bare `el.ariaLabelledByElements` after a `getByRole` that
 * named a section labelled by its heading). In Firefox, axe runs with these getters answering
 * `null`, so it resolves the same references from the attributes (`aria-labelledby="…"`), as it
 * does in a browser without them. The app sets every reference as an attribute (none from
 * script), so axe sees the same references; the getters are put back as soon as axe is done.
 */
const REFLECTED_REFERENCES = [
  'ariaActionsElements',
  'ariaActiveDescendantElement',
  'ariaControlsElements',
  'ariaDescribedByElements',
  'ariaDetailsElements',
  'ariaErrorMessageElements',
  'ariaFlowToElements',
  'ariaLabelledByElements',
  'ariaOwnsElements',
];

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
 * Runs axe-core in the page (or one frame of it) with its default rules (every impact counts), or only `rules`, and
 * fails listing each violation's id, targets and summary.
 */
export async function runAxe(
  page: Page | Frame,
  { exclude = [], within, rules }: AxeOptions = {},
): Promise<void> {
  const present = () => page.evaluate(() => 'axe' in window);
  if (!(await present())) {
    // Evaluated, not added as an inline <script>: the app's Content-Security-Policy refuses
    // inline scripts (and says so on the console); evaluate is not subject to it.
    await page.evaluate(axeSource);
  }
  const violations: Violation[] = await page.evaluate(
    async ({ excluded, included, only, hidden }) => {
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
      const proto = Element.prototype;
      const saved = hidden.map(
        (name) => [name, Object.getOwnPropertyDescriptor(proto, name)] as const,
      );
      for (const name of hidden) {
        Object.defineProperty(proto, name, { configurable: true, get: () => null });
      }
      let result: AxeResults;
      try {
        result = await axe.run(context, options);
      } finally {
        for (const [name, descriptor] of saved) {
          if (descriptor) Object.defineProperty(proto, name, descriptor);
          else delete (proto as unknown as Record<string, unknown>)[name];
        }
      }
      return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.map((n) => ({ target: n.target.join(' '), summary: n.failureSummary })),
      }));
    },
    {
      excluded: exclude,
      included: within ?? null,
      only: rules ?? null,
      hidden: getEnv().browser.name === 'firefox' ? REFLECTED_REFERENCES : [],
    },
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
