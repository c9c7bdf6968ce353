import { runAuditVerify } from './cli/audit.command';
import { runBackup, runRestore } from './cli/backup.command';
import { runDemo, runDemoCode } from './cli/demo.command';
import { runKeys } from './cli/keys.command';
import { runSetup } from './cli/setup.command';
import { loadConfig } from './platform/config';
import { DataDirLockedError } from './platform/db/data-dir-lock';
import { takeOverShutdownSignals } from './platform/shutdown';
import { openRuntime } from './runtime';

const HELP = `Colectiva — comandos (npm run colectiva -- <comando>):
  migrate                 aplica las migraciones de la base de datos
  setup                   primera configuración desde la terminal (red, organización, administradora)
  demo [--no-serve]       carga la red de demostración (en ./demo-data) e inicia el servidor
  demo-code <usuaria>     código TOTP actual de una cuenta de demostración
  backup [archivo]        copia de seguridad en línea (también con Colectiva en marcha)
  restore <archivo>       restaura en una base vacía (p. ej. un COLECTIVA_DATA_DIR nuevo)
  audit-verify            verifica la cadena de la bitácora de auditoría
  keys rotate-data|rotate-master   rotación de claves`;

async function migrate(): Promise<void> {
  const runtime = await openRuntime(loadConfig());
  console.log(`Migraciones aplicadas (${runtime.database.description}).`);
  await runtime.stop();
}

async function main(): Promise<void> {
  const [command, ...args] = process.argv.slice(2);
  switch (command) {
    case 'migrate':
      return migrate();
    case 'setup':
      return runSetup(args);
    case 'demo': {
      const server = await runDemo(args);
      if (server) takeOverShutdownSignals(server.stop);
      return;
    }
    case 'demo-code':
      return runDemoCode(args);
    case 'backup':
      return runBackup(args);
    case 'restore':
      return runRestore(args);
    case 'audit-verify':
      return runAuditVerify();
    case 'keys':
      return runKeys(args);
    default:
      console.log(HELP);
      if (command && command !== 'help') process.exitCode = 2;
  }
}

main().catch((error: unknown) => {
  console.error(
    error instanceof DataDirLockedError
      ? error.message
      : `Error: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(error instanceof DataDirLockedError ? 2 : 1);
});
