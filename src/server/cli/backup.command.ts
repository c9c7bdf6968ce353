import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../platform/config';
import { backupDatabase, restoreDatabase } from '../platform/backup/backup';
import { KeyRing } from '../platform/crypto/keyring';
import { loadMasterKeys } from '../platform/crypto/master-key';
import { NetworkKeys, prepareNetworkKeys } from '../platform/crypto/network-key';
import { openDatabase } from '../platform/db/database';
import { openRuntime } from '../runtime';
import { fail } from './cli-output';

/** `backup [file]`: online backup; attaches to a running Colectiva's embedded server if there is one. */
export async function runBackup(args: string[]): Promise<void> {
  const { positionals } = parseArgs({ args, allowPositionals: true });
  const file = path.resolve(
    positionals[0] ?? `colectiva-backup-${new Date().toISOString().replace(/[:.]/g, '-')}.jsonl.gz`,
  );
  const runtime = await openRuntime(loadConfig(), { attachIfRunning: true, checkNetworkKeys: false });
  try {
    const summary = await backupDatabase(runtime.deps.pool, file);
    const rows = Object.values(summary.tables).reduce((sum, table) => sum + table.rows, 0);
    console.log(`Copia de seguridad: ${file} (${Object.keys(summary.tables).length} tablas, ${rows} filas).`);
    console.log(
      `Master key: ${runtime.deps.keyring.masterKeyId} — guárdela por separado; sin ella los campos cifrados no se pueden leer.`,
    );
    const config = runtime.deps.config;
    console.log(
      `Claves de red: ${config.networkKey ? 'COLECTIVA_NETWORK_KEY' : path.join(config.keyDir, 'network-*.key')} — ` +
        'guárdelas con la clave maestra; sin ellas las personas ya registradas no se reconocen y se registrarían de nuevo.',
    );
  } finally {
    await runtime.stop();
  }
}

/** `restore <file>`: into an empty database (e.g. a new, empty data directory), verified table by table. */
export async function runRestore(args: string[]): Promise<void> {
  const { positionals } = parseArgs({ args, allowPositionals: true });
  if (!positionals[0]) fail('Uso: npm run restore -- <archivo>');
  const file = path.resolve(positionals[0]);
  const config = loadConfig();
  // Not openRuntime: it would create keys in the empty database before the restore.
  const database = await openDatabase(config);
  try {
    const summary = await restoreDatabase(database.pool, file);
    const rows = Object.values(summary.tables).reduce((sum, table) => sum + table.rows, 0);
    console.log(
      `Restaurado: ${rows} filas en ${Object.keys(summary.tables).length} tablas; conteos y sumas de verificación coinciden.`,
    );
    try {
      const masters = loadMasterKeys({
        keyDir: config.keyDir,
        dataDir: config.dataDir,
        fromEnvironment: config.masterKey,
        createIfMissing: false,
      });
      await new KeyRing(database.db, masters).auditKey();
      console.log('La clave maestra corresponde: los campos cifrados se pueden leer.');
    } catch (error) {
      console.warn(`Atención: ${error instanceof Error ? error.message : String(error)}`);
    }
    try {
      const networkKeys = new NetworkKeys({ keyDir: config.keyDir, fromEnvironment: config.networkKey });
      await prepareNetworkKeys(database.db, networkKeys);
    } catch (error) {
      console.warn(`Atención: ${error instanceof Error ? error.message : String(error)}`);
    }
  } finally {
    await database.close();
  }
}
