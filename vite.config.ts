/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { catalogPlugin } from './scripts/vite/catalog-plugin.ts';
import { cspPlugin } from './scripts/vite/csp-plugin.ts';
import { dataPackPlugin } from './scripts/vite/data-pack-plugin.ts';

export default defineConfig({
  // Relative base: the build works from any sub-folder of a plain static server.
  base: './',
  plugins: [catalogPlugin(), react(), dataPackPlugin(), cspPlugin()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  build: {
    target: 'es2022',
    sourcemap: false,
    // Inline nothing as data: URLs so the CSP stays simple and assets stay cacheable.
    assetsInlineLimit: 0,
    // Read by scripts/check-size.mjs and the benchmark to size each view's download.
    manifest: true,
  },
  server: { port: 5173 },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts', 'tests/unit/**/*.test.{ts,tsx}'],
    environment: 'jsdom',
    setupFiles: ['tests/setup/vitest-setup.ts'],
    css: false,
    testTimeout: 20_000,
  },
});
