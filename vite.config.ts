import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

const repoRoot = path.dirname(fileURLToPath(import.meta.url));
const devApi = `http://127.0.0.1:${process.env.COLECTIVA_DEV_API_PORT ?? '3000'}`;

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
  ],
});
