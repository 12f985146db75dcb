import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  initialJsFiles,
  measureInitialJs,
  scriptsInHtml,
  staticImports,
} from '../../scripts/check-size';

describe('scriptsInHtml', () => {
  it('finds module scripts and module preloads, in either attribute order, but not stylesheets', () => {
    const html = `
      <script type="module" crossorigin src="./assets/index-A.js"></script>
      <link rel="modulepreload" crossorigin href="./assets/react-B.js">
      <link href="/assets/d3-C.js" rel="modulepreload">
      <link rel="stylesheet" href="./assets/index-D.css">
      <script src="https://cdn.example.org/x.js"></script>`;
    expect(scriptsInHtml(html)).toEqual([
      'assets/index-A.js',
      'assets/react-B.js',
      'assets/d3-C.js',
    ]);
  });
});

describe('staticImports', () => {
  it('follows minified static imports and re-exports but not dynamic import()', () => {
    const code =
      'import{a as b,c}from"./react-B.js";import"./side-E.js";export{x}from"./d3-C.js";' +
      'const m=()=>import("./lazy-map-F.js");import.meta.url;';
    expect(staticImports(code)).toEqual(['./react-B.js', './side-E.js', './d3-C.js']);
  });
});

describe('measureInitialJs', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('counts the entry and its static imports, leaving lazy chunks and data out', () => {
    dir = mkdtempSync(join(tmpdir(), 'dayline-size-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(
      join(dir, 'index.html'),
      '<script type="module" src="./assets/index.js"></script><link rel="modulepreload" href="./assets/vendor.js">',
    );
    writeFileSync(
      join(dir, 'assets/index.js'),
      'import{r}from"./vendor.js";import"./shared.js";import("./map.js");fetch("./story.json")',
    );
    writeFileSync(join(dir, 'assets/vendor.js'), 'export const r=1;'.repeat(100));
    writeFileSync(join(dir, 'assets/shared.js'), 'export const s=2;');
    writeFileSync(join(dir, 'assets/map.js'), 'export const m=3;'.repeat(1000));
    writeFileSync(join(dir, 'assets/story.json'), '{}');

    expect(initialJsFiles(dir).sort()).toEqual([
      'assets/index.js',
      'assets/shared.js',
      'assets/vendor.js',
    ]);
    const size = measureInitialJs(dir);
    expect(size.bytes).toBe(size.files.reduce((sum, f) => sum + f.bytes, 0));
    expect(size.gzipBytes).toBeLessThan(size.bytes);
    expect(size.gzipKB).toBeCloseTo(size.gzipBytes / 1024, 1);
  });
});
