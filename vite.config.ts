/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { basemap } from './scripts/vite-plugin-basemap.js';
import { bootShell } from './scripts/vite-plugin-boot-shell.js';
import { compileHints } from './scripts/vite-plugin-compile-hints.js';
import { offline } from './scripts/vite-plugin-offline.js';
import { preloadApp } from './scripts/vite-plugin-preload-app.js';

export default defineConfig({
  base: './',
  plugins: [
    react(),
    bootShell({ story: 'data/alaska-summit-2025.json' }),
    basemap({ story: 'data/alaska-summit-2025.json' }),
    preloadApp({ module: 'src/shell/App.tsx' }),
    compileHints(),
    offline(),
  ],
  // The story checker runs as a module worker (src/data/check.worker.ts).
  worker: { format: 'es' },
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
