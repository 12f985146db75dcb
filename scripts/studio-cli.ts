/**
 * The Studio's conversions from the command line (issue 14), with the messages and exit codes of
 * `npm run validate`:
 *
 *   npm run import -- story.xlsx [more.csv …] --out story.json
 *   npm run export -- story.json --out story.xlsx        (or --out story-csv.zip)
 *   npm run export -- story.json --out story.html        (the explorer as one file; needs a build)
 *
 * Exit 0: written. Exit 1: problems, each printed as `FILE: Sheet, row N, Column: message`
 * (import) or `FILE: path: message` (export); nothing is written. Exit 2: called wrongly.
 */
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { parseStoryData } from '../src/data/load';
import { formatProblem } from '../src/data/problems';
import { checkSheets } from '../src/studio/check';
import { type InputFile, importFiles } from '../src/studio/files/importFiles';
import { formatBytes, MAX_FILE_BYTES, RefusedFile } from '../src/studio/files/limits';
import { storyCsvZip, storyWorkbook, storyXlsx } from '../src/studio/files/template';
import type { StoryData } from '../src/studio/mapping';
import { fillSingleFile, SINGLE_FILE } from '../src/studio/singleFile';
import { storyJsonText } from '../src/studio/storyJson';
import { describeProblem } from '../src/studio/workbook';

/** Where the command writes; tests pass their own to capture the lines. */
export interface Output {
  out(line: string): void;
  err(line: string): void;
}

const consoleOutput: Output = {
  out: (line) => console.log(line),
  err: (line) => console.error(line),
};

const IMPORT_USAGE = [
  'usage: npm run import -- FILE… --out story.json',
  'Reads a Dayline workbook (.xlsx), CSV/TSV files named after their sheets (or a zip of them),',
  'or a story .json, checks it and writes the story JSON.',
  'Exit code: 0 written, 1 problems (nothing written), 2 wrong usage.',
];
/** The one-file page of the last `npm run build`. */
const DEFAULT_TEMPLATE = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  'dist',
  SINGLE_FILE,
);

const EXPORT_USAGE = [
  'usage: npm run export -- story.json --out story.xlsx   (or --out story.zip for CSV files,',
  '       or --out story.html for the explorer as one file that opens from disk, made from',
  `       ${relative(process.cwd(), DEFAULT_TEMPLATE)} of npm run build, or --template FILE)`,
  'Checks a story file and writes it as a workbook in the Studio template’s shape.',
  'Exit code: 0 written, 1 problems (nothing written), 2 wrong usage.',
];

function readInput(file: string): InputFile | string {
  try {
    const stat = statSync(file);
    if (!stat.isFile()) return `${file}: is not a regular file`;
    // Checked before reading, so a huge file is refused without loading it into memory.
    if (stat.size > MAX_FILE_BYTES) {
      return `${file}: the file is ${formatBytes(stat.size)}; files are limited to ${formatBytes(MAX_FILE_BYTES)}`;
    }
    return { name: basename(file), bytes: new Uint8Array(readFileSync(file)) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return `${file}: ${code === 'ENOENT' ? 'no such file' : `cannot be read (${code ?? String(error)})`}`;
  }
}

function parse(args: readonly string[], usage: readonly string[], output: Output) {
  try {
    const { values, positionals } = parseArgs({
      args: args.filter((a) => a !== '--'),
      allowPositionals: true,
      options: {
        out: { type: 'string', short: 'o' },
        template: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    if (values.help) {
      for (const line of usage) output.out(line);
      return 0;
    }
    if (positionals.length === 0 || !values.out) {
      for (const line of usage) output.err(line);
      return 2;
    }
    return { files: positionals, out: values.out, template: values.template };
  } catch (error) {
    output.err(String((error as Error).message));
    for (const line of usage) output.err(line);
    return 2;
  }
}

/** `npm run import`: returns the exit code instead of exiting. */
export function runImport(args: readonly string[], output: Output = consoleOutput): number {
  const parsed = parse(args, IMPORT_USAGE, output);
  if (typeof parsed === 'number') return parsed;
  const inputs: InputFile[] = [];
  for (const file of parsed.files) {
    const input = readInput(file);
    if (typeof input === 'string') {
      output.err(input);
      return 1;
    }
    inputs.push(input);
  }
  const label = parsed.files.join(', ');
  let checked: ReturnType<typeof checkSheets>;
  try {
    const imported = importFiles(inputs);
    for (const w of imported.warnings) output.err(`${label}: note: ${w}`);
    checked = checkSheets(imported.book);
  } catch (error) {
    if (!(error instanceof RefusedFile)) throw error;
    output.err(`${label}: ${error.message}`);
    return 1;
  }
  for (const p of checked.problems) {
    output.err(`${label}: ${p.level === 'warning' ? 'note: ' : ''}${describeProblem(p)}`);
  }
  if (!checked.story) return 1;
  writeFileSync(parsed.out, storyJsonText(checked.data));
  output.out(`${label}: ok — wrote ${parsed.out}`);
  return 0;
}

/** `npm run export`: returns the exit code instead of exiting. */
export function runExport(args: readonly string[], output: Output = consoleOutput): number {
  const parsed = parse(args, EXPORT_USAGE, output);
  if (typeof parsed === 'number') return parsed;
  const [file, ...extra] = parsed.files;
  if (!file || extra.length) {
    for (const line of EXPORT_USAGE) output.err(line);
    return 2;
  }
  const input = readInput(file);
  if (typeof input === 'string') {
    output.err(input);
    return 1;
  }
  const text = new TextDecoder().decode(input.bytes).replace(/^\uFEFF/, '');
  const result = parseStoryData(text);
  if (!result.ok) {
    for (const p of result.problems) output.err(`${file}: ${formatProblem(p)}`);
    return 1;
  }
  // The file's own data, not the checked copy: fields this version does not know yet stay.
  const data = JSON.parse(text) as StoryData;
  if (/\.html?$/i.test(parsed.out)) {
    const template = parsed.template ?? DEFAULT_TEMPLATE;
    if (!existsSync(template)) {
      output.err(`${template}: no such file; run npm run build first (it writes ${SINGLE_FILE})`);
      return 1;
    }
    const words = (key: string) =>
      typeof data[key] === 'string' ? (data[key] as string) : undefined;
    const html = fillSingleFile(readFileSync(template, 'utf8'), text, {
      title: words('title') ?? 'Dayline',
      subtitle: words('subtitle'),
      intro: words('intro'),
    });
    writeFileSync(parsed.out, html);
    output.out(`${file}: ok — wrote ${parsed.out}`);
    return 0;
  }
  for (const w of storyWorkbook(data).warnings) output.err(`${file}: note: ${w}`);
  const bytes = /\.zip$/i.test(parsed.out) ? storyCsvZip(data) : storyXlsx(data);
  writeFileSync(parsed.out, bytes);
  output.out(`${file}: ok — wrote ${parsed.out}`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [command, ...rest] = process.argv.slice(2);
  process.exitCode =
    command === 'import' ? runImport(rest) : command === 'export' ? runExport(rest) : 2;
}
