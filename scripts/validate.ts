/**
 * Checks story files the way the app loads them, for authors and CI:
 *
 *   npm run validate -- data/alaska-summit-2025.json [more.json …]
 *
 * Prints `FILE: path: message` for every problem and exits 1, or one summary line per file and
 * exits 0. Exit 2 means it was called wrongly.
 */
import { readFileSync, statSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { MAX_STORY_BYTES } from '../src/data/load';
import { formatProblem } from '../src/data/problems';
import { parseStory } from '../src/story/load';
import type { Story } from '../src/story/types';
import { count, nouns } from '../src/words/plural';

/** Where the command writes; tests pass their own to capture the lines. */
export interface Output {
  out(line: string): void;
  err(line: string): void;
}

const USAGE = [
  'usage: npm run validate -- FILE.json [FILE.json …]',
  'Checks Dayline story files: shape, links, times, places, time zones.',
  'Exit code: 0 all valid, 1 some file has problems, 2 wrong usage.',
];

/** Runs the command on its arguments; returns the exit code instead of exiting. */
export function runValidate(args: readonly string[], output: Output = consoleOutput): number {
  if (args.includes('--help') || args.includes('-h')) {
    for (const line of USAGE) output.out(line);
    return 0;
  }
  const files = args.filter((a) => a !== '--');
  if (files.length === 0) {
    for (const line of USAGE) output.err(line);
    return 2;
  }
  let failed = false;
  for (const file of files) {
    const lines = checkFile(file);
    if (lines.ok) output.out(lines.summary);
    else {
      failed = true;
      for (const line of lines.problems) output.err(line);
    }
  }
  return failed ? 1 : 0;
}

type FileReport = { ok: true; summary: string } | { ok: false; problems: string[] };

function checkFile(file: string): FileReport {
  const refuse = (message: string): FileReport => ({
    ok: false,
    problems: [`${file}: ${message}`],
  });
  let size: number;
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) return refuse('is a directory, not a story file');
    if (!stat.isFile()) return refuse('is not a regular file');
    size = stat.size;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return refuse(code === 'ENOENT' ? 'no such file' : `cannot be read (${code ?? String(error)})`);
  }
  // Checked before reading, so a huge file is refused without loading it into memory.
  if (size > MAX_STORY_BYTES) {
    return refuse(`the file is ${(size / 1048576).toFixed(1)} MB; stories are limited to 20 MB`);
  }
  let text: string;
  try {
    // Editors on Windows may save a byte-order mark, which JSON.parse rejects; browsers drop it.
    text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  } catch (error) {
    return refuse(`cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  const result = parseStory(text);
  if (!result.ok) {
    return { ok: false, problems: result.problems.map((p) => `${file}: ${formatProblem(p)}`) };
  }
  return { ok: true, summary: `${file}: ok — ${describeCounts(result.value)}` };
}

/** `17 events, 18 places, 7 quotes, …` */
function describeCounts(story: Story): string {
  return [
    count(story.events.length, nouns('event')),
    count(story.places.length, nouns('place')),
    count(story.quotes.length, nouns('quote')),
    count(story.people.length, nouns('person', 'people')),
    count(story.routes.length, nouns('route')),
    count(story.tour.length, nouns('tour stop')),
    count(story.sources.length, nouns('source')),
  ].join(', ');
}

const consoleOutput: Output = {
  out: (line) => console.log(line),
  err: (line) => console.error(line),
};

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = runValidate(process.argv.slice(2));
}
