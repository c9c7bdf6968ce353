import { loadConfig } from './platform/config';
import { DataDirLockedError } from './platform/db/data-dir-lock';
import { takeOverShutdownSignals } from './platform/shutdown';
import { startServer } from './runtime';

/** `npm start`: one process that owns its embedded PostgreSQL (or uses DATABASE_URL). */
try {
  const server = await startServer(loadConfig());
  takeOverShutdownSignals(server.stop);
} catch (error) {
  if (error instanceof DataDirLockedError) {
    console.error(error.message);
    process.exit(2);
  }
  console.error('Colectiva no pudo iniciar:', error instanceof Error ? error.message : error);
  process.exit(1);
}
