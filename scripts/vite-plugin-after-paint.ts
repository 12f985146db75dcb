/**
 * Starts the explorer's scripts after the first paint. index.html already shows the default
 * story's first screen (scripts/vite-plugin-boot-shell.ts); fetching and compiling some fifteen
 * module chunks alongside it held that paint back by a third of a second on this machine, and far
 * more on a phone on a slow network. This plugin takes the entry `<script type="module">` and its
 * `<link rel="modulepreload">`s out of the page's head and writes one small inline script at the
 * end of the body that adds the same tags, in the same order, once a frame has been painted (at
 * once in a hidden tab, where no frame comes; after a second at the latest).
 *
 * The files are named in the loader's `data-load` attribute, entry first, so that the size check
 * (scripts/check-size.ts) still finds them.
 */
import type { Plugin } from 'vite';

const MODULE_SCRIPT = /\s*<script\b(?=[^>]*\btype="module")[^>]*\bsrc="([^"]+)"[^>]*><\/script>/g;
const MODULE_PRELOAD = /\s*<link\b(?=[^>]*\brel="modulepreload")[^>]*\bhref="([^"]+)"[^>]*>/g;

/** The inline loader: reads its own `data-load`, adds the preloads, then the entry. */
export const LOADER = `(function(s){var f=s.getAttribute('data-load').split(' '),d=document,done=0;function go(){if(done)return;done=1;for(var i=1;i<f.length;i++){var l=d.createElement('link');l.rel='modulepreload';l.crossOrigin='';l.href=f[i];d.head.appendChild(l)}var m=d.createElement('script');m.type='module';m.crossOrigin='';m.src=f[0];d.head.appendChild(m)}if(d.visibilityState==='hidden')go();else{requestAnimationFrame(function(){setTimeout(go,0)});setTimeout(go,1000)}})(document.currentScript)`;

/** Moves the page's module scripts into the after-paint loader; the page is otherwise unchanged. */
export function deferScripts(html: string): string {
  const entries = [...html.matchAll(MODULE_SCRIPT)].map((m) => m[1] ?? '');
  const [entry, ...others] = entries;
  if (entry === undefined || others.length > 0) {
    throw new Error(`after-paint: expected one module script, found ${entries.length}`);
  }
  const preloads = [...new Set([...html.matchAll(MODULE_PRELOAD)].map((m) => m[1] ?? ''))];
  const files = [entry, ...preloads.filter((f) => f !== entry)];
  if (files.some((f) => /[\s"<>]/.test(f))) throw new Error('after-paint: unexpected file name');
  const loader = `    <script data-load="${files.join(' ')}">${LOADER}</script>\n  </body>`;
  return html.replace(MODULE_SCRIPT, '').replace(MODULE_PRELOAD, '').replace('</body>', loader);
}

/** The Vite plugin (production builds, the explorer's page only). */
export function afterPaint(): Plugin {
  return {
    name: 'dayline:after-paint',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        return /(^|\/)index\.html$/.test(ctx.path) ? deferScripts(html) : html;
      },
    },
  };
}
