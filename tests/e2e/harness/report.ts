import { relative } from 'node:path';
import { ROOT } from './paths';
import type { TestResult } from './runner';

const MAX_MESSAGE_LINES = 30;
/** Terminal colour codes, which Playwright puts in its call logs. */
const COLOURS = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');

/** One line per test as it finishes; details under a failure. */
export function printResult(result: TestResult): void {
  const seconds = (result.ms / 1000).toFixed(1);
  if (result.ok) {
    console.log(`  ✔ ${result.browser} › ${result.test.name} (${seconds} s)`);
    return;
  }
  console.log(`  ✖ ${result.browser} › ${result.test.name} (${seconds} s)`);
  console.log(indent(describeFailure(result), '      '));
}

/** The failures again at the end, where a reader of a long log looks first. */
export function printSummary(results: readonly TestResult[], ms: number): void {
  const failed = results.filter((r) => !r.ok);
  if (failed.length) {
    console.log('\nFailed:');
    for (const r of failed) console.log(`  ✖ ${r.browser} › ${r.test.file} › ${r.test.name}`);
  }
  console.log(`\nBrowser tests finished in ${(ms / 1000).toFixed(1)} s`);
}

function describeFailure(result: TestResult): string {
  const lines = [errorText(result.error)];
  const where = locate(result.error);
  if (where) lines.push(`at ${where}`);
  if (result.screenshot) lines.push(`screenshot: ${relative(ROOT, result.screenshot)}`);
  if (result.pageErrors.length) {
    lines.push('the page reported:');
    for (const e of result.pageErrors.slice(0, 10)) lines.push(`  ${e.split('\n')[0]}`);
  }
  return lines.join('\n');
}

function errorText(error: unknown): string {
  const message = (error instanceof Error ? error.message : String(error)).replace(COLOURS, '');
  // Playwright appends the browser's own log (dbus noise, launch flags) when the browser went away.
  const text = message.split(/\n\s*Browser logs:/)[0] ?? message;
  const lines = text.split('\n');
  if (lines.length <= MAX_MESSAGE_LINES) return text;
  return [
    ...lines.slice(0, MAX_MESSAGE_LINES),
    `… (${lines.length - MAX_MESSAGE_LINES} more lines)`,
  ].join('\n');
}

/** The test file's line that failed, from the stack. */
function locate(error: unknown): string | undefined {
  if (!(error instanceof Error) || !error.stack) return undefined;
  const frame = error.stack.split('\n').find((line) => /\.e2e\.ts:\d+/.test(line));
  const match = frame?.match(/(?:file:\/\/)?([^\s()]+\.e2e\.ts:\d+:\d+)/);
  return match?.[1] ? relative(ROOT, match[1]) : undefined;
}

function indent(text: string, prefix: string): string {
  return text
    .split('\n')
    .map((line) => prefix + line)
    .join('\n');
}
