/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { afterPaint } from './scripts/vite-plugin-after-paint.js';
import { basemap } from './scripts/vite-plugin-basemap.js';
import { bootShell } from './scripts/vite-plugin-boot-shell.js';
import { catalogs } from './scripts/vite-plugin-catalogs.js';
import { compileHints } from './scripts/vite-plugin-compile-hints.js';
import { contentSecurityPolicy } from './scripts/vite-plugin-csp.js';
import { offline } from './scripts/vite-plugin-offline.js';
import { preloadApp } from './scripts/vite-plugin-preload-app.js';
import { SINGLE_FILE, singleFile } from './scripts/vite-plugin-single-file.js';
import { viewLayout } from './scripts/vite-plugin-view-layout.js';
import { parseDataOrigins } from './src/data/origins.js';

/** Output folders the dev server must not watch. */
export const DEV_WATCH_IGNORED = ['**/tests/output/**', '**/bench-output/**', '**/dist/**'];

/** Which other origins `data=` may load from (README, "Security"); `null` for any. */
const dataOrigins = parseDataOrigins(process.env.DAYLINE_DATA_ORIGINS);

export default defineConfig({
  base: './',
  define: { __DAYLINE_DATA_ORIGINS__: JSON.stringify(dataOrigins) },
  plugins: [
    catalogs(),
    react(),
    bootShell({ story: 'data/alaska-summit-2025.json' }),
    viewLayout(),
    basemap({ story: 'data/alaska-summit-2025.json' }),
    preloadApp({ module: 'src/shell/App.tsx' }),
    // After preloadApp (it adds preloads this moves) and before the CSP (it hashes the loader).
    afterPaint(),
    compileHints(),
    // The explorer as one HTML file that opens from disk, for the Studio to fill (issue 14).
    singleFile({ story: 'data/alaska-summit-2025.json', dataOrigins }),
    // Readers never load the one-file page, so the service worker does not download it.
    offline({ exclude: (path) => path === SINGLE_FILE }),
    contentSecurityPolicy({ dataOrigins }),
  ],
  // The story checker runs as a module worker (src/data/check.worker.ts).
  worker: { format: 'es' },
  server: {
    // Tests and benches write here (screenshots, PDFs, builds, reports); none of it is the app,
    // and watching it reloaded an open dev page several times during `npm test`.
    watch: { ignored: DEV_WATCH_IGNORED },
  },
  build: {
    target: 'es2022',
    // The Studio (issue 14) is a page of its own, with its own chunks: the explorer's page
    // (index.html) loads none of its code.
    rollupOptions: {
      input: {
        index: 'index.html',
        studio: 'studio.html',
        'studio-preview': 'studio-preview.html',
      },
    },
    sourcemap: false,
    chunkSizeWarningLimit: 600,
  },
  test: {
    environment: 'jsdom',
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    setupFiles: ['tests/setup.ts'],
    testTimeout: 20_000,
  },
});
