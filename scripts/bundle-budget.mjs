#!/usr/bin/env node
/**
 * Bundle budget (PERFORMANCE.md P1): after `vite build`, gzips every JavaScript file on the critical
 * path — the entry script of dist/web/index.html and its modulepreload links — and compares the total
 * with the 250 KiB target. Exits non-zero above the 365 KiB ceiling. Lazy chunks (pages loaded on
 * demand, the other languages' catalogs) are not on the critical path and are listed apart.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const TARGET_KIB = 250;
const CEILING_KIB = 365;

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const webDir = path.join(root, 'dist/web');
const indexFile = path.join(webDir, 'index.html');

if (!fs.existsSync(indexFile)) {
  console.error('dist/web/index.html not found: run `npm run build` first.');
  process.exit(2);
}

const html = fs.readFileSync(indexFile, 'utf8');
const attribute = (tag, name) => tag.match(new RegExp(`\\b${name}\\s*=\\s*["']([^"']+)["']`, 'i'))?.[1];
const critical = new Set();
for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
  const src = attribute(tag, 'src');
  if (src && /\btype\s*=\s*["']module["']/i.test(tag)) critical.add(src);
}
for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
  const href = attribute(tag, 'href');
  if (href && /\brel\s*=\s*["']modulepreload["']/i.test(tag)) critical.add(href);
}
if (critical.size === 0) {
  console.error('No entry script found in dist/web/index.html.');
  process.exit(2);
}

const gzipSize = (file) => zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;
const kib = (bytes) => (bytes / 1024).toFixed(1);

let total = 0;
console.log('Critical-path JavaScript (gzip -9):');
for (const url of critical) {
  const file = path.join(webDir, url.replace(/^\//, ''));
  if (!fs.existsSync(file)) {
    console.error(`  missing: ${url}`);
    process.exit(2);
  }
  const size = gzipSize(file);
  total += size;
  console.log(`  ${kib(size).padStart(7)} KiB  ${url}`);
}

const assetsDir = path.join(webDir, 'assets');
const lazy = fs
  .readdirSync(assetsDir)
  .filter((name) => name.endsWith('.js') && !critical.has(`/assets/${name}`))
  .reduce((sum, name) => sum + gzipSize(path.join(assetsDir, name)), 0);

console.log(
  `Total on the critical path: ${kib(total)} KiB (target ${TARGET_KIB} KiB, ceiling ${CEILING_KIB} KiB)`,
);
console.log(`Loaded on demand (not counted): ${kib(lazy)} KiB`);
if (total > CEILING_KIB * 1024) {
  console.error(`FAIL: critical-path JavaScript is above the ${CEILING_KIB} KiB ceiling.`);
  process.exit(1);
}
if (total > TARGET_KIB * 1024) console.warn(`WARNING: above the ${TARGET_KIB} KiB target.`);
else console.log('OK: within the target.');
