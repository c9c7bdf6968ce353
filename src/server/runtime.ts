import type { FastifyInstance } from 'fastify';
import { buildApp } from './app';
import type { Config } from './platform/config';
import { databaseHoldsKeys, KeyRing } from './platform/crypto/keyring';
import { loadMasterKeys, type MasterKeySet } from './platform/crypto/master-key';
import { NetworkKeys, prepareNetworkKeys } from './platform/crypto/network-key';
import { openDatabase, type Database } from './platform/db/database';
import type { AppDeps } from './platform/deps';
import { isSetupNeeded, newSetupToken } from './modules/setup/setup.service';

export interface Runtime {
  deps: AppDeps;
  database: Database;
  /** The master keys the key ring was opened with (from the environment or the key file). */
  masters: MasterKeySet;
  stop: () => Promise<void>;
}

/** Opens the database (embedded or external), applies migrations and loads the keys. */
export async function openRuntime(
  config: Config,
  options: {
    log?: (line: string) => void;
    attachIfRunning?: boolean;
    /** false for commands that never hash a UIC (a backup must work even when a network key is lost). */
    checkNetworkKeys?: boolean;
  } = {},
): Promise<Runtime> {
  const database = await openDatabase(config, options);
  try {
    const masters = loadMasterKeys({
      keyDir: config.keyDir,
      dataDir: config.dataDir,
      fromEnvironment: config.masterKey,
      createIfMissing: !(await databaseHoldsKeys(database.db)),
    });
    const keyring = new KeyRing(database.db, masters);
    await keyring.auditKey(); // fails early, with a clear message, when the key does not match
    const networkKeys = new NetworkKeys({ keyDir: config.keyDir, fromEnvironment: config.networkKey });
    // Refuses to start when a network with members lost its key (never a fresh one in its place).
    if (options.checkNetworkKeys !== false) await prepareNetworkKeys(database.db, networkKeys);
    const deps: AppDeps = {
      config,
      pool: database.pool,
      db: database.db,
      keyring,
      uic: networkKeys,
      clock: () => new Date(),
      setup: { token: null },
    };
    return { deps, database, masters, stop: () => database.close() };
  } catch (error) {
    await database.close();
    throw error;
  }
}

export interface RunningServer extends Runtime {
  app: FastifyInstance;
  url: string;
}

/** Starts the HTTP server; on an empty database prints the one-time set-up address. */
export async function startServer(
  config: Config,
  options: { quiet?: boolean; prepare?: (deps: AppDeps) => Promise<void> } = {},
): Promise<RunningServer> {
  const say = (line: string) => options.quiet || console.log(line);
  const runtime = await openRuntime(config);
  try {
    await options.prepare?.(runtime.deps);
    const app = await buildApp(runtime.deps, {
      logger: options.quiet
        ? false
        : { level: config.logLevel, redact: ['req.headers.cookie', 'req.headers["x-csrf-token"]'] },
    });
    await app.listen({ host: config.host, port: config.port });
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`;
    say(`Colectiva: ${url} (${runtime.database.description})`);
    if (await isSetupNeeded(runtime.deps.db)) {
      runtime.deps.setup.token = newSetupToken();
      say('');
      say(
        '  Primera vez: abra esta dirección para crear la red, la organización y la cuenta administradora:',
      );
      say(`  ${url}/setup#token=${runtime.deps.setup.token}`);
      say('  (o use: npm run colectiva -- setup)');
      say('');
    }
    const stop = async () => {
      await app.close();
      await runtime.stop();
    };
    // Nothing restarts a dead embedded PostgreSQL inside this process; serving 503s forever would hide
    // it. Exit non-zero so that the supervisor restarts Colectiva, whose start runs crash recovery.
    // exitCode as well: a pool client that drizzle never released after a failed BEGIN (drizzle-orm
    // #6241) keeps pool.end(), and so stop(), from settling; the process then ends when idle.
    runtime.database.embedded?.onUnexpectedExit(() => {
      console.error('Colectiva: PostgreSQL se detuvo inesperadamente; Colectiva se cierra para reiniciarse.');
      process.exitCode = 1;
      setTimeout(() => process.exit(1), 10_000).unref();
      void stop().finally(() => process.exit(1));
    });
    return { ...runtime, app, url, stop };
  } catch (error) {
    await runtime.stop();
    throw error;
  }
}
