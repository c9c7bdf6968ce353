/**
 * Loads the deterministic regional data set of PERFORMANCE.md ("Reference workload").
 *
 *   node --import tsx scripts/generate-regional.ts [--scale 1] [--seed 1] [--database-url URL | embedded]
 *        [--fresh]
 *
 * `embedded` (the default) starts Colectiva's embedded PostgreSQL in .data/bench/data (keys in
 * .data/bench/keys; both gitignored); `--fresh` deletes that directory first. A URL loads into that
 * external database, which must not hold the data set yet. Migrations are applied first, as `npm
 * start` does. Writes .data/bench/regional.json (ids and accounts) for the benchmarks in bench/.
 */
import fs from 'node:fs';
import {
  REGIONAL_DIR,
  REGIONAL_MANIFEST,
  REGIONAL_PASSWORD,
  regionalConfig,
  stringArgument,
  type RegionalManifest,
} from '../bench/lib/regional';
import { generateRegional } from '../src/server/demo/regional-generator';
import { hashPassword } from '../src/server/platform/auth/passwords';
import { databaseHoldsKeys } from '../src/server/platform/crypto/keyring';
import { loadMasterKeys } from '../src/server/platform/crypto/master-key';
import { NetworkKeys, prepareNetworkKeys } from '../src/server/platform/crypto/network-key';
import { openDatabase } from '../src/server/platform/db/database';

async function main(): Promise<void> {
  const scale = Number(stringArgument('scale') ?? '1');
  const seed = Number.parseInt(stringArgument('seed') ?? '1', 10);
  if (!(scale >= 0.001 && scale <= 10)) throw new Error('--scale must be between 0.001 and 10');
  if (!Number.isInteger(seed)) throw new Error('--seed must be an integer');
  const target = stringArgument('database-url') ?? 'embedded';
  const databaseUrl = target === 'embedded' ? null : target;
  if (!databaseUrl && process.argv.includes('--fresh'))
    fs.rmSync(REGIONAL_DIR, { recursive: true, force: true });
  fs.mkdirSync(REGIONAL_DIR, { recursive: true });

  const config = regionalConfig(databaseUrl);
  console.log(
    `Regional data set: scale ${scale}, seed ${seed}, ${databaseUrl ? 'DATABASE_URL' : config.dataDir}`,
  );
  // As openRuntime (src/server/runtime.ts) does, without the HTTP app: database, migrations, keys.
  const database = await openDatabase(config);
  try {
    loadMasterKeys({
      keyDir: config.keyDir,
      dataDir: config.dataDir,
      fromEnvironment: config.masterKey,
      createIfMissing: !(await databaseHoldsKeys(database.db)),
    });
    const networkKeys = new NetworkKeys({ keyDir: config.keyDir, fromEnvironment: config.networkKey });
    await prepareNetworkKeys(database.db, networkKeys);
    const existing = await database.pool.query<{ n: number }>(
      `select count(*)::int as n from networks where name = 'Red regional de medición'`,
    );
    if ((existing.rows[0]?.n ?? 0) > 0)
      throw new Error(
        'This database already holds the regional data set (use --fresh for the embedded one).',
      );
    const passwordHash = await hashPassword(REGIONAL_PASSWORD);
    const result = await generateRegional(database.pool, networkKeys, passwordHash, {
      scale,
      seed,
      log: (line) => console.log(line),
    });
    const manifest: RegionalManifest = {
      scale,
      seed,
      databaseUrl,
      networkId: result.networkId,
      organizationIds: result.organizationIds,
      coordinators: result.coordinators,
      counts: { ...result.counts },
      seconds: result.seconds,
      generatedAt: new Date().toISOString(),
    };
    fs.writeFileSync(REGIONAL_MANIFEST, `${JSON.stringify(manifest, null, 2)}\n`);
    console.log('');
    for (const [name, count] of Object.entries(result.counts) as [string, number][])
      console.log(`  ${name.padEnd(18)} ${count.toLocaleString('en').padStart(10)}`);
    console.log(
      `\n${result.rows.toLocaleString('en')} rows in ${result.seconds.toFixed(1)} s ` +
        `(${Math.round(result.rows / result.seconds).toLocaleString('en')} rows/s, analyze included)`,
    );
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
