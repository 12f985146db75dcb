import { cp, mkdir, readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { type Plugin, preview } from 'vite';
import { buildApp as buildProduction } from '../../../scripts/bench/build-app';
import {
  type StaticServer,
  type StaticServerOptions,
  startServer,
} from '../../../scripts/bench/server';
import { FIXTURES_DIR, FIXTURES_PATH, ROOT } from './paths';

export type { StaticServerOptions };

/** A server the harness started; `close()` stops it and is safe to call twice. */
export type RunningServer = Pick<StaticServer, 'origin' | 'close'>;

const HOST = '127.0.0.1';

/**
 * Builds the app for production into `outDir` (the bench's build, the project's own Vite config),
 * with the e2e fixtures beside it.
 */
export async function buildApp(outDir: string): Promise<void> {
  await buildProduction(outDir);
  await mkdir(join(outDir, FIXTURES_PATH), { recursive: true });
  await cp(FIXTURES_DIR, join(outDir, FIXTURES_PATH), { recursive: true });
}

/**
 * Firefox applies the page's Content-Security-Policy to Playwright's own `page.evaluate` (its
 * injected script compiles the test's function with the page's `eval`; Chromium's DevTools
 * protocol is exempt). So for Firefox the servers send the app's CSP `<meta>` with
 * `'unsafe-eval'` added to `script-src`, and nothing else changed; Chromium runs every test
 * against the policy as built. It is done where the HTML is served, not by intercepting the
 * request, because once the app's service worker runs it fetches the page itself, and Firefox
 * lets no test route see that request.
 */
export function allowTestEval(html: string): string {
  return html.replace(
    /(<meta http-equiv="Content-Security-Policy" content="[^"]*script-src [^;"]*)/,
    "$1 'unsafe-eval'",
  );
}

/** Options of {@link startPreview}. */
export interface PreviewOptions {
  /** Serve every HTML file through {@link allowTestEval} (for Firefox). */
  allowEval?: boolean;
}

/** Serves the build with `vite preview` on a free local port. */
export async function startPreview(
  outDir: string,
  { allowEval = false }: PreviewOptions = {},
): Promise<RunningServer> {
  const port = await freePort();
  const server = await preview({
    root: ROOT,
    configFile: resolve(ROOT, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir },
    preview: { host: HOST, port, strictPort: true, open: false },
    plugins: allowEval ? [htmlWithTestEval(outDir)] : [],
  });
  let closing: Promise<void> | undefined;
  return {
    origin: `http://${HOST}:${port}`,
    close: () => {
      closing ??= server.close();
      return closing;
    },
  };
}

/**
 * Answers each request for an HTML file of `outDir` (`/`, `/studio.html`, `/studio`) with the
 * file through {@link allowTestEval}; anything else goes on to `vite preview` as usual.
 */
function htmlWithTestEval(outDir: string): Plugin {
  const base = resolve(outDir);
  const htmlFile = async (pathname: string): Promise<string | undefined> => {
    const candidates = pathname.endsWith('/')
      ? [`${pathname}index.html`]
      : extname(pathname) === '.html'
        ? [pathname]
        : extname(pathname) === ''
          ? [`${pathname}.html`, `${pathname}/index.html`]
          : [];
    for (const candidate of candidates) {
      const file = resolve(base, `.${candidate}`);
      if (!file.startsWith(base + sep)) continue;
      const isFile = await stat(file).then(
        (found) => found.isFile(),
        () => false,
      );
      if (isFile) return file;
    }
    return undefined;
  };
  return {
    name: 'dayline-e2e-firefox-eval',
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        if (req.method !== 'GET' && req.method !== 'HEAD') return next();
        let pathname: string;
        try {
          pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
        } catch {
          return next();
        }
        htmlFile(pathname)
          .then(async (file) => {
            if (!file) return next();
            const body = Buffer.from(allowTestEval(await readFile(file, 'utf8')));
            res.writeHead(200, {
              'content-type': 'text/html; charset=utf-8',
              'content-length': String(body.length),
              'cache-control': 'no-cache',
            });
            res.end(req.method === 'HEAD' ? undefined : body);
          })
          .catch(next);
      });
    },
  };
}

/**
 * Serves one folder on another free port: a second origin for embed and cross-origin tests. The
 * bench's static server, with nothing cached or compressed unless the test asks for it.
 */
export function startStaticServer(
  folder: string,
  options: StaticServerOptions = {},
): Promise<RunningServer> {
  return startServer(folder, { gzip: false, caching: 'none', ...options });
}

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((done) => probe.listen(0, HOST, done));
  const { port } = probe.address() as AddressInfo;
  await closeServer(probe);
  return port;
}

function closeServer(server: Server): Promise<void> {
  return new Promise((done) => server.close(() => done()));
}
