#!/usr/bin/env node
/**
 * Used by `npm start`: builds the web app only when dist/web/index.html is missing or older than any
 * of its sources (src/web, src/i18n, src/domain, vite.config.ts). Without Vite (a production install
 * without devDependencies) an existing build is served as it is.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const indexFile = path.join(root, 'dist/web/index.html');
const SOURCES = ['src/web', 'src/i18n', 'src/domain', 'vite.config.ts'];

/** Newest modification time under a file or directory (0 when it does not exist). */
function newestMtime(target) {
  let stat;
  try {
    stat = fs.statSync(target);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs; // a deleted file changes its directory's mtime
  for (const entry of fs.readdirSync(target))
    newest = Math.max(newest, newestMtime(path.join(target, entry)));
  return newest;
}

function findVite() {
  try {
    const manifest = createRequire(path.join(root, 'package.json')).resolve('vite/package.json');
    const bin = path.join(path.dirname(manifest), 'bin/vite.js');
    return fs.existsSync(bin) ? bin : null;
  } catch {
    return null;
  }
}

const builtAt = fs.existsSync(indexFile) ? fs.statSync(indexFile).mtimeMs : 0;
const sourcesAt = Math.max(...SOURCES.map((source) => newestMtime(path.join(root, source))));
if (builtAt && builtAt >= sourcesAt) process.exit(0);

const vite = findVite();
if (!vite) {
  if (builtAt) {
    console.warn('ensure-web-build: Vite is not installed; serving the existing dist/web as it is.');
    process.exit(0);
  }
  console.warn(
    'ensure-web-build: Vite is not installed and dist/web is missing; the web app will not be served.',
  );
  process.exit(0);
}

console.log(builtAt ? 'Web app sources changed: rebuilding…' : 'Building the web app…');
// NODE_ENV must not leak in from a test runner: Vite would then bundle React's development build.
const result = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, NODE_ENV: 'production' },
});
process.exit(result.status ?? 1);
