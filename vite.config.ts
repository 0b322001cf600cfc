/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { catalogPlugin } from './scripts/vite/catalog-plugin.ts';
import { cspPlugin } from './scripts/vite/csp-plugin.ts';
import { dataPackPlugin } from './scripts/vite/data-pack-plugin.ts';

export default defineConfig({
  // Relative base: the build works from any sub-folder of a plain static server.
  base: './',
  plugins: [
    catalogPlugin(),
    react(),
    dataPackPlugin(),
    cspPlugin(),
    // Offline: our own service worker (src/service-worker/sw.ts) with the build's file list
    // written in. The app registers it itself (src/app/service-worker-client.ts), and there is
    // no web manifest: installing as an app is not asked for, offline reading is.
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src/service-worker',
      filename: 'sw.ts',
      injectRegister: false,
      manifest: false,
      injectManifest: {
        // Every file of the app; the packs under data/ are kept as they are loaded instead.
        globPatterns: ['**/*.{js,css,html,svg,json,txt}'],
        globIgnores: ['data/**', '.vite/**'],
      },
    }),
  ],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  build: {
    target: 'es2022',
    sourcemap: false,
    // Inline nothing as data: URLs so the CSP stays simple and assets stay cacheable.
    assetsInlineLimit: 0,
    // index.html preloads the first view's files; a view's own imports are not preloaded from
    // script. Each preload is a <link> added to the document, and the Overview's forty cost a
    // phone 0.2 s of main thread at start (Lighthouse); the browser fetches a view's imports
    // itself once the view's file arrives.
    modulePreload: {
      resolveDependencies: (_file, deps, { hostType }) => (hostType === 'html' ? deps : []),
    },
    // Read by scripts/check-size.mjs and the benchmark to size each view's download.
    manifest: true,
    rollupOptions: {
      output: {
        // Everything the first view runs goes in one file (the shell, React, the router, the query
        // cache, the shell's texts): the same bytes as forty small shared chunks, less a request,
        // an import list and a gzip header each (131.2 -> 121.0 KiB). Views stay chunks of their own.
        codeSplitting: {
          groups: [{ name: 'shell', tags: ['$initial'], test: /[\\/]src[\\/]/ }],
        },
        // Translation chunks named by language and area ("i18n-ms-projects-…js"), so that a
        // reader's network panel, and a test, can tell which texts were loaded.
        chunkFileNames: (chunk) => {
          const catalog = /\0catalog:.*[\\/]([a-z]+)[\\/]([a-z-]+)$/.exec(
            chunk.facadeModuleId ?? '',
          );
          return catalog
            ? `assets/i18n-${catalog[1]}-${catalog[2]}-[hash].js`
            : 'assets/[name]-[hash].js';
        },
      },
    },
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
