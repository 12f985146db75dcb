import { cp, mkdir, readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, preview } from 'vite';
import { FIXTURES_DIR, FIXTURES_PATH, ROOT } from './paths';

/** A server the harness started; `close()` stops it and is safe to call twice. */
export interface RunningServer {
  /** e.g. `http://127.0.0.1:41234` */
  readonly origin: string;
  close(): Promise<void>;
}

const HOST = '127.0.0.1';

/** Builds the app for production into `outDir` with the project's own Vite config. */
export async function buildApp(outDir: string): Promise<void> {
  await build({
    root: ROOT,
    configFile: resolve(ROOT, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
  await mkdir(join(outDir, FIXTURES_PATH), { recursive: true });
  await cp(FIXTURES_DIR, join(outDir, FIXTURES_PATH), { recursive: true });
}

/** Serves the build with `vite preview` on a free local port. */
export async function startPreview(outDir: string): Promise<RunningServer> {
  const port = await freePort();
  const server = await preview({
    root: ROOT,
    configFile: resolve(ROOT, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir },
    preview: { host: HOST, port, strictPort: true, open: false },
  });
  return { origin: `http://${HOST}:${port}`, close: once(() => server.close()) };
}

/** Options of a plain static server (a second origin, e.g. a page that embeds the app). */
export interface StaticServerOptions {
  /** Send `Access-Control-Allow-Origin`: `true` for `*`, or one origin. Default: no CORS. */
  cors?: boolean | string;
  /** Extra headers on every answer. */
  headers?: Record<string, string>;
  /** Gzip the body when the request accepts it, as real static hosts do. Default: off. */
  gzip?: boolean;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
};

/** Serves one folder on another free port: a second origin for embed and cross-origin tests. */
export async function startStaticServer(
  folder: string,
  options: StaticServerOptions = {},
): Promise<RunningServer> {
  const root = resolve(folder);
  const server = createServer(async (request, response) => {
    const headers: Record<string, string> = { 'cache-control': 'no-store', ...options.headers };
    if (options.cors) {
      headers['access-control-allow-origin'] = options.cors === true ? '*' : options.cors;
    }
    try {
      const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
      let file = normalize(join(root, path));
      if (file !== root && !file.startsWith(root + sep)) throw new Error('outside the folder');
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      let body = await readFile(file);
      headers['content-type'] = TYPES[extname(file)] ?? 'application/octet-stream';
      if (options.gzip && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
        body = gzipSync(body);
        headers['content-encoding'] = 'gzip';
      }
      response.writeHead(200, headers).end(request.method === 'HEAD' ? undefined : body);
    } catch {
      response.writeHead(404, { ...headers, 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, HOST, done);
  });
  const { port } = server.address() as AddressInfo;
  return { origin: `http://${HOST}:${port}`, close: once(() => closeServer(server)) };
}

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((done) => probe.listen(0, HOST, done));
  const { port } = probe.address() as AddressInfo;
  await closeServer(probe);
  return port;
}

function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((done) => server.close(() => done()));
}

function once(fn: () => Promise<void>): () => Promise<void> {
  let closing: Promise<void> | undefined;
  return () => {
    closing ??= fn();
    return closing;
  };
}
