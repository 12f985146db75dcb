import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { scriptsInHtml } from '../../scripts/check-size';
import { deferScripts, LOADER } from '../../scripts/vite-plugin-after-paint';

const PAGE = `<!doctype html><html><head>
    <link rel="stylesheet" crossorigin href="./assets/theme.css">
    <script type="module" crossorigin src="./assets/index-A.js"></script>
    <link rel="modulepreload" crossorigin href="./assets/react-B.js">
    <link rel="modulepreload" crossorigin href="./assets/app-C.js">
    <link rel="modulepreload" crossorigin href="./assets/react-B.js">
  </head><body><div id="boot">The first screen</div><div id="root"></div>
  </body></html>`;

/** Runs the loader against a stand-in document; returns what it added to the head, in order. */
function runLoader(visibility: 'visible' | 'hidden') {
  const added: Record<string, string>[] = [];
  const frames: (() => void)[] = [];
  const timers: (() => void)[] = [];
  const document = {
    visibilityState: visibility,
    currentScript: { getAttribute: () => './a.js ./b.js ./c.js' },
    createElement: (tag: string) => ({ tag }) as Record<string, string>,
    head: { appendChild: (el: Record<string, string>) => added.push({ ...el }) },
  };
  runInNewContext(LOADER, {
    document,
    requestAnimationFrame: (f: () => void) => frames.push(f),
    setTimeout: (f: () => void) => timers.push(f),
  });
  return { added, frames, timers };
}

describe('the after-paint loader (scripts/vite-plugin-after-paint.ts)', () => {
  it('takes the module script and its preloads out of the head and names them, entry first, once', () => {
    const html = deferScripts(PAGE);
    expect(html).not.toMatch(/<script[^>]*type="module"/);
    expect(html).not.toMatch(/<link[^>]*modulepreload/);
    expect(html).toContain('<link rel="stylesheet" crossorigin href="./assets/theme.css">');
    // After the first screen, so the browser paints it before fetching any script.
    expect(html.indexOf('data-load=')).toBeGreaterThan(html.indexOf('The first screen'));
    expect(scriptsInHtml(html)).toEqual([
      'assets/index-A.js',
      'assets/react-B.js',
      'assets/app-C.js',
    ]);
  });

  it('refuses a page without exactly one module script', () => {
    expect(() => deferScripts('<html><body></body></html>')).toThrow(/one module script/);
  });

  it('adds nothing until a frame has been painted, then the preloads and the entry, once', () => {
    const { added, frames, timers } = runLoader('visible');
    expect(added).toEqual([]);
    for (const frame of frames) frame();
    // The task queued from the frame, then the one-second fallback: the files come once.
    for (const timer of timers) timer();
    expect(added.map((el) => `${el.tag} ${el.rel ?? el.type} ${el.href ?? el.src}`)).toEqual([
      'link modulepreload ./b.js',
      'link modulepreload ./c.js',
      'script module ./a.js',
    ]);
  });

  it('starts at once in a hidden tab, where no frame is painted', () => {
    const { added, frames } = runLoader('hidden');
    expect(frames).toEqual([]);
    expect(added.at(-1)).toMatchObject({ tag: 'script', type: 'module', src: './a.js' });
  });
});
