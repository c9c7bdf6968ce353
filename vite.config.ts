import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

const repoRoot = path.dirname(fileURLToPath(import.meta.url));
const devApi = `http://127.0.0.1:${process.env.COLECTIVA_DEV_API_PORT ?? '3000'}`;

/**
 * Writes `.br` and `.gz` beside every text file of the build, so that a server with pre-compressed
 * static files (@fastify/static `preCompressed`) sends ~120 KiB instead of ~390 KiB of JavaScript on
 * a slow mobile network. Without that option the files are simply ignored.
 */
function precompress(outDir: string): Plugin {
  const walk = (dir: string): string[] =>
    fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const full = path.join(dir, entry.name);
      return entry.isDirectory() ? walk(full) : [full];
    });
  return {
    name: 'colectiva-precompress',
    apply: 'build',
    closeBundle: {
      order: 'post',
      handler() {
        for (const file of walk(outDir)) {
          if (!/\.(js|css|html|svg|json)$/.test(file)) continue;
          const data = fs.readFileSync(file);
          if (data.length < 1024) continue;
          fs.writeFileSync(`${file}.gz`, zlib.gzipSync(data, { level: 9 }));
          fs.writeFileSync(
            `${file}.br`,
            zlib.brotliCompressSync(data, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }),
          );
        }
      },
    },
  };
}

/**
 * The web app lives in src/web and builds to dist/web, which the server serves (SPA fallback).
 * The service worker precaches the app shell only: no runtime caching, and navigations to /api/
 * never fall back to the shell, so API data is never stored by the browser (SECURITY.md S8).
 * The manifest is served by the server (neutral name by default), so the plugin does not make one.
 */
export default defineConfig({
  root: path.join(repoRoot, 'src/web'),
  publicDir: path.join(repoRoot, 'src/web/public'),
  build: {
    outDir: path.join(repoRoot, 'dist/web'),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    assetsInlineLimit: 0, // no data: URLs for assets; everything is a same-origin file
    rolldownOptions: {
      output: {
        // Everything the first screen needs in one chunk: on a 150 ms round trip, a dozen small
        // modulepreloads cost more than their bytes. Pages and catalogs stay lazy chunks.
        codeSplitting: { groups: [{ name: 'app', tags: ['$initial'] }] },
      },
    },
  },
  server: {
    host: '127.0.0.1',
    proxy: { '/api': devApi, '/manifest.webmanifest': devApi },
  },
  plugins: [
    react(),
    VitePWA({
      strategies: 'generateSW',
      injectRegister: false, // registered from src/web/app/service-worker.ts (no inline script)
      manifest: false,
      includeManifestIcons: false,
      workbox: {
        globPatterns: ['**/*.{js,css,html,png,svg}'],
        navigateFallback: '/index.html',
        navigateFallbackDenylist: [/^\/api\//, /^\/salida\.html$/],
        runtimeCaching: [],
        cleanupOutdatedCaches: true,
        sourcemap: false,
      },
    }),
    precompress(path.join(repoRoot, 'dist/web')),
  ],
});
