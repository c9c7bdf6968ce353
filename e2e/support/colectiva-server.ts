import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface RunningColectiva {
  url: string;
  setupToken: string;
  tempDir: string;
  stop: () => Promise<void>;
}

/** Builds dist/web when it is missing or older than its sources (the same check as `npm start`). */
export function ensureWebBuild(): void {
  const result = spawnSync(process.execPath, [path.join(REPO_ROOT, 'scripts/ensure-web-build.mjs')], {
    cwd: REPO_ROOT,
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error('the web build failed');
}

function freePort(): Promise<number> {
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

/** The environment of a production-like server: no test flags, no external database, no key. */
function serverEnvironment(port: number, dataDir: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (/^(VITEST|TEST_|DATABASE_URL$|COLECTIVA_|NODE_ENV$)/.test(name)) continue;
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

/**
 * Starts `node --import tsx src/server/main.ts` on 127.0.0.1 with a random free port and a fresh
 * data directory (embedded PostgreSQL), and reads the one-time set-up token from its console.
 */
export async function startColectiva(): Promise<RunningColectiva> {
  const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'colectiva-e2e-'));
  // As root, the embedded PostgreSQL runs as an unprivileged user that must reach its directory.
  fs.chmodSync(tempDir, 0o711);
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    cwd: REPO_ROOT,
    env: serverEnvironment(port, path.join(tempDir, 'data')),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      if (!(await waitForExit(child, 30_000))) {
        child.kill('SIGKILL');
        await waitForExit(child, 5_000);
      }
    }
    fs.rmSync(tempDir, { recursive: true, force: true });
  };

  try {
    const found = await new Promise<{ url: string; setupToken: string }>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('Colectiva did not start within 120 s')), 120_000);
      const onData = (chunk: Buffer) => {
        output = (output + chunk.toString('utf8')).slice(-20_000);
        const match = output.match(/(http:\/\/127\.0\.0\.1:\d+)\/setup#token=([A-Za-z0-9_-]+)/);
        if (match) {
          clearTimeout(timer);
          resolve({ url: match[1]!, setupToken: match[2]! });
        }
      };
      child.stdout.on('data', onData);
      child.stderr.on('data', onData);
      child.once('exit', (code, signal) => {
        clearTimeout(timer);
        reject(new Error(`Colectiva exited early (${code ?? signal})`));
      });
    });
    return { ...found, tempDir, stop };
  } catch (error) {
    await stop();
    throw new Error(`${(error as Error).message}\n--- server output ---\n${output}`);
  }
}
