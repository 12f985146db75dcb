import { cp, mkdir } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { preview } from 'vite';
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
