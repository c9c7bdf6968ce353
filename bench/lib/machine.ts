import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { hydrateBinarySymlinks } from '../../src/server/platform/db/embedded-postgres';

/** Version of the embedded PostgreSQL binaries that Colectiva starts (e.g. "PostgreSQL 18.4"). */
export function embeddedPostgresVersion(): string {
  try {
    hydrateBinarySymlinks();
    const pkg = `@embedded-postgres/${os.platform()}-${os.arch()}`;
    const root = path.resolve(path.dirname(createRequire(import.meta.url).resolve(pkg)), '..');
    const text = execFileSync(path.join(root, 'native', 'bin', 'postgres'), ['--version'], {
      encoding: 'utf8',
    });
    const version = /(\d+(?:\.\d+)+)/.exec(text)?.[1];
    return version ? `PostgreSQL ${version}` : text.trim();
  } catch {
    return 'PostgreSQL (version unknown)';
  }
}

/** One line that says what the figures were measured on. */
export function describeMachine(): string {
  const cpus = os.cpus();
  const model = (cpus[0]?.model ?? 'unknown CPU').replace(/\s+/g, ' ').trim();
  const ramGiB = (os.totalmem() / 1024 ** 3).toFixed(1);
  return [
    `${model} × ${cpus.length}`,
    `${ramGiB} GiB RAM`,
    `Node ${process.version}`,
    embeddedPostgresVersion(),
    `${os.platform()} ${os.release()}`,
  ].join(', ');
}

/** The 1-, 5- and 15-minute load averages: other work on a shared machine skews timings. */
export function loadAverage(): string {
  return os
    .loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');
}
