import fs from 'node:fs';
import path from 'node:path';

export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holderPid: number,
  ) {
    super(
      `Otra instancia de Colectiva (PID ${holderPid}) ya usa el directorio de datos ${dataDir}. ` +
        `Deténgala antes de iniciar otra. / Another Colectiva process (PID ${holderPid}) is already using ${dataDir}.`,
    );
    this.name = 'DataDirLockedError';
  }
}

function isColectivaProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  // Guard against PID reuse after a reboot: the holder must still be a Node.js process.
  try {
    const cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    return /node|tsx|colectiva/i.test(cmdline);
  } catch {
    return true;
  }
}

/**
 * Takes the exclusive lock of a data directory so that two Colectiva processes never run the same
 * embedded PostgreSQL cluster. A lock left by a process that died (kill -9, power cut) is taken over.
 * Returns the function that releases it.
 */
export function acquireDataDirLock(dataDir: string): () => void {
  const lockPath = path.join(dataDir, 'colectiva.lock');
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = fs.openSync(lockPath, 'wx', 0o600);
      fs.writeSync(fd, JSON.stringify({ pid: process.pid, startedAt: new Date().toISOString() }));
      fs.fsyncSync(fd);
      fs.closeSync(fd);
      return () => {
        try {
          const holder = JSON.parse(fs.readFileSync(lockPath, 'utf8')) as { pid?: number };
          if (holder.pid === process.pid) fs.unlinkSync(lockPath);
        } catch {
          /* already gone */
        }
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holderPid = readHolderPid(lockPath);
      if (holderPid !== null && holderPid !== process.pid && isColectivaProcessAlive(holderPid)) {
        throw new DataDirLockedError(dataDir, holderPid);
      }
      fs.rmSync(lockPath, { force: true });
    }
  }
  throw new Error(`Could not lock ${dataDir}`);
}

function readHolderPid(lockPath: string): number | null {
  try {
    const holder = JSON.parse(fs.readFileSync(lockPath, 'utf8')) as { pid?: unknown };
    return typeof holder.pid === 'number' ? holder.pid : null;
  } catch {
    return null;
  }
}

export interface LockInfo {
  pid: number;
  startedAt: string;
  /** Port of the embedded PostgreSQL, so that CLI commands can attach to a running Colectiva. */
  pgPort?: number;
}

/** Adds facts to the lock file we hold (written atomically). */
export function updateLockInfo(dataDir: string, extra: Partial<LockInfo>): void {
  const lockPath = path.join(dataDir, 'colectiva.lock');
  const current = JSON.parse(fs.readFileSync(lockPath, 'utf8')) as LockInfo;
  if (current.pid !== process.pid) return;
  const temporary = `${lockPath}.tmp-${process.pid}`;
  fs.writeFileSync(temporary, JSON.stringify({ ...current, ...extra }), { mode: 0o600 });
  fs.renameSync(temporary, lockPath);
}

/** The lock of a live Colectiva process on this data directory, if any. */
export function readLiveLock(dataDir: string): LockInfo | null {
  try {
    const info = JSON.parse(fs.readFileSync(path.join(dataDir, 'colectiva.lock'), 'utf8')) as LockInfo;
    return info.pid !== process.pid && isColectivaProcessAlive(info.pid) ? info : null;
  } catch {
    return null;
  }
}
