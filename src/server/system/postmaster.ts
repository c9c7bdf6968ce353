import fs from 'node:fs';
import path from 'node:path';

/** The embedded PostgreSQL of a data directory, seen from outside: its pid file and control file. */

export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A live process whose command line names postgres (a pid from a stale file may have been reused). */
function isPostgresProcess(pid: number): boolean {
  if (!isProcessAlive(pid)) return false;
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('postgres');
  } catch {
    return false;
  }
}

/** The postmaster's pid from `<dataDir>/pg/postmaster.pid`, or null when there is no such file. */
export function postmasterPid(dataDir: string): number | null {
  try {
    const first = fs.readFileSync(path.join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0];
    const pid = Number.parseInt(first ?? '', 10);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

/** The pid of the PostgreSQL running on this data directory, or null when none is running. */
export function runningPostmaster(dataDir: string): number | null {
  const pid = postmasterPid(dataDir);
  return pid !== null && isPostgresProcess(pid) ? pid : null;
}

export async function waitUntilDead(pid: number, timeoutMs = 30_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (isProcessAlive(pid)) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return true;
}

/** kill -9 of any PostgreSQL still running on these data directories (test clean-up). */
export async function killLeftoverPostmasters(dataDirs: string[]): Promise<void> {
  for (const dataDir of dataDirs) {
    const pid = runningPostmaster(dataDir);
    if (pid === null) continue;
    process.kill(pid, 'SIGKILL');
    await waitUntilDead(pid);
  }
}

/** `DBState` of PostgreSQL's control file (src/include/catalog/pg_control.h). */
export const CLUSTER_STATE = {
  0: 'starting up',
  1: 'shut down',
  2: 'shut down in recovery',
  3: 'shutting down',
  4: 'in crash recovery',
  5: 'in archive recovery',
  6: 'in production',
} as const;

/**
 * The state PostgreSQL recorded in `global/pg_control`: 'shut down' after a clean stop, 'in
 * production' while running or after a crash (the next start then replays the WAL). The field
 * follows the system identifier (8 bytes) and two 4-byte version numbers.
 */
export function readClusterState(dataDir: string): string {
  const control = fs.readFileSync(path.join(dataDir, 'pg', 'global', 'pg_control'));
  const state = control.readInt32LE(16);
  return CLUSTER_STATE[state as keyof typeof CLUSTER_STATE] ?? `unknown (${state})`;
}
