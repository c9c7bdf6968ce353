import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  cleanUpSystemTests,
  createSandbox,
  findFreePort,
  runCli,
  spawnColectiva,
  startColectiva,
  waitForExit,
} from './colectiva-process';
import { isProcessAlive, postmasterPid, readClusterState, runningPostmaster } from './postmaster';

/** One Colectiva per data directory, a clean stop on SIGTERM, and a start after a power cut. */
afterEach(cleanUpSystemTests);

async function health(url: string): Promise<number> {
  return (await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(5_000) })).status;
}

describe('the data directory lock', () => {
  it('refuses a second Colectiva (exit 2, naming the first) and leaves the first one serving', async () => {
    const sandbox = createSandbox();
    const first = await startColectiva(sandbox);
    const second = spawnColectiva(sandbox, first.dataDir, await findFreePort());
    expect(await waitForExit(second, 60_000)).toEqual({ code: 2, signal: null });
    expect(second.output()).toContain(
      `Otra instancia de Colectiva (PID ${first.pid}) ya usa el directorio de datos ${first.dataDir}.`,
    );
    await expect(fetch(`${second.url}/api/health`)).rejects.toThrow(); // it never listened

    const migrate = await runCli(sandbox, ['migrate'], first.dataDir);
    expect(migrate.code, migrate.output).toBe(2);
    expect(migrate.output).toContain('Otra instancia de Colectiva');
    expect(await health(first.url)).toBe(200);
  });
});

describe('SIGTERM', () => {
  it('exits 0, stops PostgreSQL cleanly, and the next start needs no crash recovery', async () => {
    const sandbox = createSandbox();
    const server = await startColectiva(sandbox);
    const postmaster = runningPostmaster(server.dataDir);
    expect(postmaster).not.toBeNull();
    expect(readClusterState(server.dataDir)).toBe('in production');

    server.child.kill('SIGTERM');
    expect(await waitForExit(server, 60_000), server.output()).toEqual({ code: 0, signal: null });
    expect(isProcessAlive(postmaster!), 'PostgreSQL left running').toBe(false);
    expect(postmasterPid(server.dataDir)).toBeNull();
    expect(fs.existsSync(path.join(server.dataDir, 'colectiva.lock'))).toBe(false);
    expect(readClusterState(server.dataDir)).toBe('shut down');

    const again = await startColectiva(sandbox, server.dataDir);
    expect(await health(again.url)).toBe(200);
    again.child.kill('SIGTERM');
    expect(await waitForExit(again, 60_000)).toEqual({ code: 0, signal: null });
  });
});

describe('a stale PostgreSQL pid file (power cut, then the pid reused by another program)', () => {
  it('neither signals that program nor keeps Colectiva from starting', async () => {
    const sandbox = createSandbox();
    const server = await startColectiva(sandbox);
    const postmaster = runningPostmaster(server.dataDir)!;
    process.kill(server.pid, 'SIGKILL');
    process.kill(postmaster, 'SIGKILL');
    await server.exited;
    // A bystander that would die on SIGINT, named by the stale pid file.
    const bystander = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
    try {
      const pidFile = path.join(server.dataDir, 'pg', 'postmaster.pid');
      const lines = fs.readFileSync(pidFile, 'utf8').split('\n');
      lines[0] = String(bystander.pid);
      fs.writeFileSync(pidFile, lines.join('\n'));

      const restarted = await startColectiva(sandbox, server.dataDir);
      expect(isProcessAlive(bystander.pid!), 'an unrelated process was signalled').toBe(true);
      expect(bystander.exitCode).toBeNull();
      expect(await health(restarted.url)).toBe(200);
    } finally {
      bystander.kill('SIGKILL');
    }
  });
});
