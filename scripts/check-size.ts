import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { buildApp, REPO_ROOT, whyBuild } from './bench/build-app';
import { isEntryPoint } from './bench/entry';

/** DESIGN.md's budget for the JavaScript the first render needs, in KB (1 KB = 1024 bytes). */
export const INITIAL_JS_BUDGET_KB = 180;

/** One file of the initial JavaScript. */
export interface SizedFile {
  /** Path inside the build folder, e.g. `assets/index-B7MFooAI.js`. */
  readonly file: string;
  readonly bytes: number;
  /** Size once gzipped on its own (zlib's default level, as Vite reports it). */
  readonly gzipBytes: number;
}

/** The initial JavaScript of a build: what the browser must fetch before the first render. */
export interface InitialJs {
  readonly files: readonly SizedFile[];
  readonly bytes: number;
  readonly gzipBytes: number;
  /** `gzipBytes` in KB, one decimal. */
  readonly gzipKB: number;
}

const TAG = /<(script|link)\b([^>]*)>/gi;
/** `import … from "./x.js"`, `import "./x.js"`, `export … from "./x.js"`; not `import("./x.js")`. */
const STATIC_IMPORT =
  /(?:^|[^.\w$])(?:import|export)\s*(?:[\w$*{}\s,]*?from\s*)?["']([^"'\n]+\.m?js)["']/g;

function attribute(attrs: string, name: string): string | undefined {
  const m = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(
    attrs,
  );
  return m ? (m[1] ?? m[2] ?? m[3]) : undefined;
}

/** Scripts and module preloads named by the page, as paths inside the build folder. */
export function scriptsInHtml(html: string): string[] {
  const found: string[] = [];
  for (const [, tag, attrs = ''] of html.matchAll(TAG)) {
    // The after-paint loader (scripts/vite-plugin-after-paint.ts) names its files in `data-load`.
    const load = tag?.toLowerCase() === 'script' ? attribute(attrs, 'data-load') : undefined;
    for (const file of load?.split(/\s+/).filter(Boolean) ?? []) {
      found.push(file.replace(/[?#].*$/, '').replace(/^\.?\//, ''));
    }
    const url =
      tag?.toLowerCase() === 'script'
        ? attribute(attrs, 'src')
        : /(^|\s)modulepreload(\s|$)/i.test(attribute(attrs, 'rel') ?? '')
          ? attribute(attrs, 'href')
          : undefined;
    // Other origins are not part of the build (and DESIGN.md forbids them anyway).
    if (url && !/^([a-z]+:)?\/\//i.test(url))
      found.push(url.replace(/[?#].*$/, '').replace(/^\.?\//, ''));
  }
  return found;
}

/** Relative modules a chunk imports statically; dynamic `import()` is lazy and left out. */
export function staticImports(code: string): string[] {
  return [...code.matchAll(STATIC_IMPORT)]
    .map((m) => m[1] ?? '')
    .filter((spec) => spec.startsWith('./') || spec.startsWith('../') || spec.startsWith('/'));
}

/**
 * The files the first render needs: the page's entry scripts and module preloads, and every
 * chunk they import statically. Lazy chunks, the basemap and the dataset are not included.
 */
export function initialJsFiles(distDir: string): string[] {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const seen = new Set<string>();
  const queue = scriptsInHtml(html).map((file) => resolve(distDir, file));
  while (queue.length) {
    const file = queue.shift() as string;
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    for (const spec of staticImports(readFileSync(file, 'utf8'))) {
      queue.push(
        spec.startsWith('/') ? resolve(distDir, `.${spec}`) : resolve(dirname(file), spec),
      );
    }
  }
  return [...seen].map((file) => relative(distDir, file));
}

/** Sizes the initial JavaScript of the build in `distDir`. */
export function measureInitialJs(distDir: string): InitialJs {
  const files = initialJsFiles(distDir).map((file) => {
    const content = readFileSync(join(distDir, file));
    return { file, bytes: content.length, gzipBytes: gzipSync(content).length };
  });
  if (files.length === 0) throw new Error(`${join(distDir, 'index.html')} names no scripts`);
  const gzipBytes = files.reduce((sum, f) => sum + f.gzipBytes, 0);
  return {
    files,
    bytes: files.reduce((sum, f) => sum + f.bytes, 0),
    gzipBytes,
    gzipKB: Math.round((gzipBytes / 1024) * 10) / 10,
  };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

async function main() {
  const { values } = parseArgs({
    options: {
      build: { type: 'boolean', default: false },
      'no-build': { type: 'boolean', default: false },
      dist: { type: 'string', default: 'dist' },
    },
  });
  const dist = resolve(REPO_ROOT, values.dist);
  const reason = values.build ? 'asked to build' : values['no-build'] ? null : whyBuild(dist);
  if (reason) {
    console.log(`building into ${relative(REPO_ROOT, dist)}/ (${reason}) …`);
    await buildApp(dist);
  }
  const size = measureInitialJs(dist);
  for (const f of size.files) console.log(`  ${f.file}: ${kb(f.bytes)}, ${kb(f.gzipBytes)} gzip`);
  console.log(`initial JS: ${size.gzipKB.toFixed(1)} KB gzip (budget ${INITIAL_JS_BUDGET_KB} KB)`);
  const passed = size.gzipKB <= INITIAL_JS_BUDGET_KB;
  if (!passed) console.log(`over budget by ${(size.gzipKB - INITIAL_JS_BUDGET_KB).toFixed(1)} KB`);
  return passed;
}

if (isEntryPoint(import.meta.url)) {
  main()
    .catch((error: unknown) => {
      console.error(`size check failed: ${error instanceof Error ? error.message : String(error)}`);
      return false;
    })
    .then((passed) => {
      console.log(`size: ${passed ? '1 passed, 0 failed' : '0 passed, 1 failed'}`);
      process.exitCode = passed ? 0 : 1;
    });
}
