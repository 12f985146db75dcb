import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

/** A response served from memory: a generated story, the comparison page, a vendored script. */
export interface VirtualFile {
  readonly body: string | Buffer;
  /** The Content-Type header. */
  readonly type: string;
}

/** A static file server on loopback, standing in for production hosting. */
export interface StaticServer {
  /** e.g. `http://127.0.0.1:43121`. */
  readonly origin: string;
  /** Serves `body` at `path` (e.g. `/bench/vis.html`), ahead of the files on disk. */
  add(path: string, file: VirtualFile): void;
  close(): Promise<void>;
}

/** How the server answers; the defaults are a production host's. */
export interface StaticServerOptions {
  /** Send `Access-Control-Allow-Origin`: `true` for `*`, or one origin. Default: no CORS. */
  readonly cors?: boolean | string;
  /** Extra headers on every answer; they win over the defaults. */
  readonly headers?: Readonly<Record<string, string>>;
  /** Gzip text over 1 KB when the request accepts it. Default: on. */
  readonly gzip?: boolean;
  /**
   * `production` (the default): hashed `/assets/` are immutable for a year, the rest `no-cache`.
   * `none`: `no-store` everywhere (a test's second origin, whose files a test may change).
   */
  readonly caching?: 'production' | 'none';
  /** Rewrites every HTML answer before it is sent (the browser tests' Firefox runs need this). */
  readonly html?: (text: string) => string;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};
const COMPRESSIBLE = /^(text\/|application\/(json|manifest\+json|javascript)|image\/svg)/;

/**
 * Serves `root` on 127.0.0.1 (a free port) with gzip and long caching of hashed assets, as a
 * production host would; Vite's preview server cannot also serve the bench's own pages. The
 * browser tests use it for their second origins.
 */
export async function startServer(
  root: string,
  { cors, headers: extra, gzip = true, caching = 'production', html }: StaticServerOptions = {},
): Promise<StaticServer> {
  const base = resolve(root);
  // Lower-case names, so that a header given in `headers` replaces its default.
  const extraHeaders = Object.fromEntries(
    Object.entries(extra ?? {}).map(([name, value]) => [name.toLowerCase(), value]),
  );
  const virtual = new Map<string, VirtualFile>();
  const gzipped = new Map<string, Buffer>();

  async function find(pathname: string): Promise<VirtualFile | undefined> {
    const known = virtual.get(pathname);
    if (known) return known;
    let file = resolve(base, `.${pathname}`);
    if (file !== base && !file.startsWith(base + sep)) return undefined;
    try {
      if ((await stat(file)).isDirectory()) file = resolve(file, 'index.html');
      const type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
      return { body: await readFile(file), type };
    } catch {
      return undefined;
    }
  }

  async function respond(req: IncomingMessage, res: ServerResponse) {
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    const found = req.method === 'GET' || req.method === 'HEAD' ? await find(pathname) : undefined;
    const always: Record<string, string> = {
      'cache-control':
        caching === 'none'
          ? 'no-store'
          : pathname.startsWith('/assets/')
            ? 'public, max-age=31536000, immutable'
            : 'no-cache',
      ...(cors ? { 'access-control-allow-origin': cors === true ? '*' : cors } : {}),
      ...extraHeaders,
    };
    if (!found) {
      res
        .writeHead(404, { ...always, 'content-type': 'text/plain; charset=utf-8' })
        .end('Not found');
      return;
    }
    const headers: Record<string, string> = {
      'content-type': found.type,
      'x-content-type-options': 'nosniff',
      vary: 'Accept-Encoding',
      ...always,
    };
    let body = typeof found.body === 'string' ? Buffer.from(found.body) : found.body;
    if (html && found.type.startsWith('text/html')) body = Buffer.from(html(body.toString('utf8')));
    if (
      gzip &&
      COMPRESSIBLE.test(found.type) &&
      body.length > 1024 &&
      /\bgzip\b/.test(String(req.headers['accept-encoding']))
    ) {
      const key = `${pathname}:${body.length}`;
      const zipped = gzipped.get(key) ?? gzipSync(body);
      gzipped.set(key, zipped);
      body = zipped;
      headers['content-encoding'] = 'gzip';
    }
    headers['content-length'] = String(body.length);
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  const server = createServer((req, res) => {
    respond(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => done());
  });
  const { port } = server.address() as AddressInfo;
  let closing: Promise<void> | undefined;
  return {
    origin: `http://127.0.0.1:${port}`,
    add: (path, file) => {
      virtual.set(path, file);
    },
    /** Safe to call twice. */
    close: () => {
      closing ??= new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      });
      return closing;
    },
  };
}
