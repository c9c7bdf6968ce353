import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';

/**
 * A pool to the embedded PostgreSQL of the Colectiva running on `dataDir`, found the way the CLI
 * attaches: the port in its lock file and the generated password beside it.
 */
export function connectToRunningDatabase(dataDir: string): pg.Pool {
  const lock = JSON.parse(fs.readFileSync(path.join(dataDir, 'colectiva.lock'), 'utf8')) as {
    pgPort?: number;
  };
  if (!lock.pgPort) throw new Error(`no PostgreSQL port in the lock of ${dataDir}`);
  const password = fs.readFileSync(path.join(dataDir, 'pg-password'), 'utf8').trim();
  const pool = new pg.Pool({
    host: '127.0.0.1',
    port: lock.pgPort,
    user: 'colectiva',
    password,
    database: 'colectiva',
    max: 2,
  });
  pool.on('error', () => undefined);
  return pool;
}

/** Every regular file under `dir` whose bytes contain `needle` (like `grep -r -a -l`). */
export function findFilesContaining(dir: string, needle: string): string[] {
  const bytes = Buffer.from(needle, 'utf8');
  const found: string[] = [];
  const visit = (current: string) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(current, { withFileTypes: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw error;
    }
    for (const entry of entries) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) visit(full);
      else if (entry.isFile() && fileContains(full, bytes)) found.push(path.relative(dir, full));
    }
  };
  visit(dir);
  return found;
}

function fileContains(file: string, needle: Buffer): boolean {
  try {
    return fs.readFileSync(file).indexOf(needle) !== -1;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false; // removed by PostgreSQL meanwhile
    throw error;
  }
}
