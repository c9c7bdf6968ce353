import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from './results';

/**
 * A temporary directory for one benchmark server: `<root>/data` (embedded PostgreSQL) and
 * `<root>/data-keys` (the master key, created on first start). As root, the embedded PostgreSQL runs
 * as an unprivileged user that must be able to traverse it.
 */
export function makeTempRoot(prefix: string): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  fs.chmodSync(root, 0o711);
  return root;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no free port')),
      );
    });
  });
}

export interface ColectivaProcess {
  child: ChildProcess;
  url: string;
  dataDir: string;
  /** The last ~20 KB of its console output. */
  output: () => string;
  /** Whether it has exited. */
  exited: () => boolean;
}

/** A production-like environment: no test flags, no external database, no key from the environment. */
function serverEnvironment(port: number, dataDir: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (/^(VITEST|TEST_|DATABASE_URL$|COLECTIVA_|NODE_ENV$|HOST$|PORT$)/.test(name)) continue;
    env[name] = value;
  }
  return {
    ...env,
    HOST: '127.0.0.1',
    PORT: String(port),
    COLECTIVA_DATA_DIR: dataDir,
    COLECTIVA_LOG_LEVEL: 'warn',
  };
}

/** Spawns `node --import tsx src/server/main.ts` (what `npm start` runs after its build check). */
export function spawnColectiva(dataDir: string, port: number): ColectivaProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    cwd: REPO_ROOT,
    env: serverEnvironment(port, dataDir),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-20_000);
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  return {
    child,
    url: `http://127.0.0.1:${port}`,
    dataDir,
    output: () => output,
    exited: () => child.exitCode !== null || child.signalCode !== null,
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Polls GET /api/health every `intervalMs` until it answers 200 with `ok: true`; returns the time
 * (performance.now()) at which it did. Fails when the process exits or after `timeoutMs`.
 */
export async function waitForHealth(
  server: ColectivaProcess,
  { timeoutMs = 120_000, intervalMs = 25 } = {},
): Promise<number> {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    if (server.exited()) throw new Error(`Colectiva exited before answering:\n${server.output()}`);
    try {
      const response = await fetch(`${server.url}/api/health`, { signal: AbortSignal.timeout(2_000) });
      const at = performance.now();
      if (response.ok && ((await response.json()) as { ok?: boolean }).ok === true) return at;
    } catch {
      // not listening yet
    }
    await sleep(intervalMs);
  }
  throw new Error(`Colectiva did not answer /api/health within ${timeoutMs} ms:\n${server.output()}`);
}

function waitForExit(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The postmaster pid from `<dataDir>/pg/postmaster.pid`, when that process still runs PostgreSQL there. */
export function postmasterPid(dataDir: string): number | null {
  const clusterDir = path.join(dataDir, 'pg');
  let pid: number;
  try {
    pid = Number.parseInt(
      fs.readFileSync(path.join(clusterDir, 'postmaster.pid'), 'utf8').split('\n')[0]!,
      10,
    );
  } catch {
    return null;
  }
  if (!Number.isFinite(pid) || pid <= 0) return null;
  try {
    const args = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    return /postgres/.test(args[0] ?? '') && args.includes(clusterDir) ? pid : null;
  } catch {
    return null;
  }
}

/**
 * Stops the server as a supervisor would (SIGTERM: it closes the pool and stops PostgreSQL), then
 * makes sure that nothing it started is left: SIGKILL after 30 s, and the postmaster of its data
 * directory is stopped if it outlived it.
 */
export async function stopColectiva(server: ColectivaProcess): Promise<void> {
  const { child } = server;
  if (!server.exited()) {
    child.kill('SIGTERM');
    if (!(await waitForExit(child, 30_000))) {
      child.kill('SIGKILL');
      await waitForExit(child, 5_000);
    }
  }
  const orphan = postmasterPid(server.dataDir);
  if (orphan && isAlive(orphan)) {
    process.kill(orphan, 'SIGINT'); // fast shutdown
    const deadline = Date.now() + 30_000;
    while (isAlive(orphan) && Date.now() < deadline) await sleep(100);
    if (isAlive(orphan)) process.kill(orphan, 'SIGKILL');
  }
}
