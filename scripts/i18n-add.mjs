#!/usr/bin/env node
// Adds strings to the three catalogs at once, safely when several people edit them at the same time.
// Usage: node scripts/i18n-add.mjs fragment.json
//   fragment.json = { "es": { "ns": { "key": "…" } }, "pt-BR": { … }, "en": { … } }
// Objects are merged key by key; a string replaces the one at the same path. The three languages must
// name the same keys (checked before anything is written). A directory lock serializes writers.
import { mkdirSync, readFileSync, rmdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const LOCALES = ['es', 'pt-BR', 'en'];
const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const catalog = (locale) => path.join(root, 'src/i18n', `${locale}.json`);

function keys(value, prefix = '') {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

function merge(target, source, at) {
  for (const [key, value] of Object.entries(source)) {
    const here = at ? `${at}.${key}` : key;
    if (typeof value === 'object' && value !== null) {
      if (target[key] === undefined) target[key] = {};
      if (typeof target[key] !== 'object')
        throw new Error(`${here}: a string in the catalog, an object here`);
      merge(target[key], value, here);
    } else {
      if (typeof target[key] === 'object')
        throw new Error(`${here}: an object in the catalog, a string here`);
      target[key] = value;
    }
  }
}

const file = process.argv[2];
if (!file) {
  console.error('usage: node scripts/i18n-add.mjs fragment.json');
  process.exit(2);
}
const fragment = JSON.parse(readFileSync(file, 'utf8'));
const reference = keys(fragment.es ?? {})
  .sort()
  .join('\n');
for (const locale of LOCALES) {
  if (!fragment[locale]) throw new Error(`the fragment has no "${locale}"`);
  if (keys(fragment[locale]).sort().join('\n') !== reference)
    throw new Error(`"${locale}" does not name the same keys as "es"`);
}

const lock = path.join(root, 'src/i18n/.lock');
const started = Date.now();
for (;;) {
  try {
    mkdirSync(lock);
    break;
  } catch {
    if (Date.now() - started > 60_000) throw new Error(`could not take ${lock} in 60 s (remove it if stale)`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
try {
  for (const locale of LOCALES) {
    const data = JSON.parse(readFileSync(catalog(locale), 'utf8'));
    merge(data, fragment[locale], '');
    writeFileSync(catalog(locale), `${JSON.stringify(data, null, 2)}\n`);
  }
} finally {
  rmdirSync(lock);
}
console.log(`added ${reference.split('\n').length} strings to ${LOCALES.join(', ')}`);
