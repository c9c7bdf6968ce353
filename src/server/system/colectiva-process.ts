import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { killLeftoverPostmasters } from './postmaster';

/**
 * Real Colectiva processes for system tests (and the scripts in bench/): `main.ts` and `cli.ts` started
 * with `node --import tsx`, each sandbox a fresh temporary data and key directory. Everything started
 * here is remembered so that `cleanUpSystemTests` can kill it (and any PostgreSQL it left) and remove
 * the directories.
 */
const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const started = new Map<ChildProcess, Promise<Exit>>();
const sandboxes = new Set<Sandbox>();

export interface Sandbox {
  root: string;
  /** Shared by every data directory of the sandbox, as an operator keeps one key for a restore. */
  keyDir: string;
  /** `<root>/<name>`, not created: Colectiva creates it on first start. */
  dataDir: (name?: string) => string;
  dataDirs: Set<string>;
}

/** A fresh temporary directory the unprivileged `postgres` user may traverse (when run as root). */
export function createSandbox(prefix = 'colectiva-system-'): Sandbox {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  fs.chmodSync(root, 0o711);
  const dataDirs = new Set<string>();
  const sandbox: Sandbox = {
    root,
    keyDir: path.join(root, 'keys'),
    dataDir: (name = 'data') => {
      const dir = path.join(root, name);
      dataDirs.add(dir);
      return dir;
    },
    dataDirs,
  };
  sandboxes.add(sandbox);
  return sandbox;
}

/** kill -9 of any PostgreSQL still running on the sandbox's data directories; removes the directory. */
export async function removeSandbox(sandbox: Sandbox): Promise<void> {
  await killLeftoverPostmasters([...sandbox.dataDirs]);
  fs.rmSync(sandbox.root, { recursive: true, force: true });
  sandboxes.delete(sandbox);
}

export async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** The child's environment: nothing of the test runner's (VITEST, NODE_ENV, database URLs) leaks in. */
function childEnvironment(dataDir: string, keyDir: string, port: number): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (/^(VITEST|NODE_ENV$|DATABASE_URL$|TEST_DATABASE_URL$|COLECTIVA_)/.test(name)) continue;
    env[name] = value;
  }
  return {
    ...env,
    COLECTIVA_DATA_DIR: dataDir,
    COLECTIVA_KEY_DIR: keyDir,
    HOST: '127.0.0.1',
    PORT: String(port),
    COLECTIVA_LOG_LEVEL: 'warn',
  };
}

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface Spawned {
  child: ChildProcess;
  pid: number;
  /** performance.now() just before the spawn. */
  startedAt: number;
  /** stdout and stderr interleaved, as far as received. */
  output: () => string;
  exited: Promise<Exit>;
}

export interface SpawnOptions {
  /**
   * Own process group (the default): the clean-up can kill Colectiva and the PostgreSQL it started
   * in one go. false keeps it in the caller's group, so that Ctrl-C in a terminal stops it as well
   * (bench scripts).
   */
  detached?: boolean;
}

function spawnTsx(
  script: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  { detached = true }: SpawnOptions = {},
): Spawned {
  const startedAt = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    cwd: REPO_ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached,
  });
  let text = '';
  child.stdout?.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
  child.stderr?.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
  const exited = new Promise<Exit>((resolve) => {
    child.on('close', (code, signal) => {
      started.delete(child);
      resolve({ code, signal });
    });
  });
  started.set(child, exited);
  if (!child.pid) throw new Error(`could not start ${script}`);
  return { child, pid: child.pid, startedAt, output: () => text, exited };
}

export interface ColectivaServer extends Spawned {
  url: string;
  port: number;
  dataDir: string;
}

/** Starts `main.ts` on a data directory and waits until /api/health answers ok. */
export async function startColectiva(
  sandbox: Sandbox,
  dataDir = sandbox.dataDir(),
): Promise<ColectivaServer> {
  const server = spawnColectiva(sandbox, dataDir, await findFreePort());
  await waitForHealth(server);
  return server;
}

/** Starts `main.ts` without waiting (e.g. for a second instance that must be refused). */
export function spawnColectiva(
  sandbox: Sandbox,
  dataDir: string,
  port: number,
  options: SpawnOptions = {},
): ColectivaServer {
  const spawned = spawnTsx(
    'src/server/main.ts',
    [],
    childEnvironment(dataDir, sandbox.keyDir, port),
    options,
  );
  return { ...spawned, url: `http://127.0.0.1:${port}`, port, dataDir };
}

/**
 * Polls GET /api/health every `intervalMs` until it answers ok; returns the performance.now() at
 * which that answer arrived. Fails when the process exits first or after `timeoutMs`.
 */
export async function waitForHealth(
  server: ColectivaServer,
  { timeoutMs = 90_000, intervalMs = 150 } = {},
): Promise<number> {
  let exit: Exit | null = null;
  void server.exited.then((value) => (exit = value));
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    if (exit)
      throw new Error(
        `Colectiva exited (${JSON.stringify(exit)}) before it was healthy:\n${server.output()}`,
      );
    try {
      const response = await fetch(`${server.url}/api/health`, { signal: AbortSignal.timeout(2_000) });
      const at = performance.now();
      if (response.ok && ((await response.json()) as { ok?: unknown }).ok === true) return at;
    } catch {
      /* not listening yet */
    }
    await sleep(intervalMs);
  }
  throw new Error(`Colectiva was not healthy within ${timeoutMs} ms:\n${server.output()}`);
}

/**
 * Stops a server as a supervisor would: SIGTERM (it closes the pool and stops PostgreSQL); kill -9
 * of it after `timeoutMs`, then of any PostgreSQL it left running on its data directory.
 */
export async function stopColectiva(server: ColectivaServer, timeoutMs = 30_000): Promise<void> {
  server.child.kill('SIGTERM');
  await waitForExit(server, timeoutMs).catch(() => undefined);
  await killLeftoverPostmasters([server.dataDir]);
}

export interface CliResult extends Exit {
  output: string;
}

/** Runs `cli.ts <args>` against a data directory of the sandbox and waits for it to exit. */
export async function runCli(
  sandbox: Sandbox,
  args: string[],
  dataDir = sandbox.dataDir(),
  timeoutMs = 120_000,
): Promise<CliResult> {
  const spawned = spawnTsx(
    'src/server/cli.ts',
    args,
    childEnvironment(dataDir, sandbox.keyDir, await findFreePort()),
  );
  const timer = setTimeout(() => killGroup(spawned.child, 'SIGKILL'), timeoutMs);
  const exit = await spawned.exited;
  clearTimeout(timer);
  return { ...exit, output: spawned.output() };
}

/** Waits for a process to exit; kills it (and fails) when it takes longer than `timeoutMs`. */
export async function waitForExit(spawned: Spawned, timeoutMs: number): Promise<Exit> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), timeoutMs)));
  const exit = await Promise.race([spawned.exited, timeout]);
  clearTimeout(timer);
  if (exit) return exit;
  killGroup(spawned.child, 'SIGKILL');
  throw new Error(`process ${spawned.pid} did not exit within ${timeoutMs} ms:\n${spawned.output()}`);
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (!child.pid || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    try {
      child.kill(signal);
    } catch {
      /* already gone */
    }
  }
}

/** kill -9 of every process started here and of every PostgreSQL left in a data dir; removes the dirs. */
export async function cleanUpSystemTests(): Promise<void> {
  const running = [...started];
  for (const [child] of running) killGroup(child, 'SIGKILL');
  await Promise.all(running.map(([, exited]) => exited));
  for (const sandbox of [...sandboxes]) await removeSandbox(sandbox);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
