import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { loadConfig } from '../platform/config';
import { SYSTEM_SCOPE } from '../platform/crypto/keyring';
import {
  generateMasterKey,
  masterKeyFile,
  parseMasterKey,
  writeKeyFile,
} from '../platform/crypto/master-key';
import { rewrapDataKeys, rotateDataKey } from '../platform/crypto/rotation';
import { readLiveLock } from '../platform/db/data-dir-lock';
import { listOrganizationIds } from '../modules/organizations/organizations.service';
import { openRuntime } from '../runtime';
import { fail } from './cli-output';

const USAGE = `Uso:
  npm run colectiva -- keys rotate-data --org <id> | --all [--purge]
  npm run colectiva -- keys rotate-master            (archivo de clave; con COLECTIVA_MASTER_KEY use COLECTIVA_NEW_MASTER_KEY)`;

/** `keys rotate-data` gives organizations new data keys and re-encrypts; `keys rotate-master` re-wraps them. */
export async function runKeys(args: string[]): Promise<void> {
  const [action, ...rest] = args;
  const { values } = parseArgs({
    args: rest,
    options: { org: { type: 'string' }, all: { type: 'boolean' }, purge: { type: 'boolean' } },
  });
  const config = loadConfig();
  if (action !== 'rotate-data' && action !== 'rotate-master') fail(USAGE);
  refuseWhileRunning(config);
  if (action === 'rotate-data') {
    if (!values.org && !values.all) fail(USAGE);
    const runtime = await openRuntime(config);
    try {
      const scopes = values.all
        ? [SYSTEM_SCOPE, ...(await listOrganizationIds(runtime.deps.db))]
        : [values.org!];
      for (const scope of scopes) {
        const result = await rotateDataKey(runtime.deps.db, runtime.deps.keyring, scope, {
          purge: values.purge,
        });
        console.log(`${scope}: nueva clave v${result.version}; ${result.reencrypted} valores recifrados.`);
      }
    } finally {
      await runtime.stop();
    }
    return;
  }
  if (action === 'rotate-master') {
    await rotateMaster(config);
    return;
  }
  fail(USAGE);
}

async function rotateMaster(config: ReturnType<typeof loadConfig>): Promise<void> {
  const fromEnvironment = Boolean(config.masterKey);
  const next = fromEnvironment
    ? parseMasterKey(
        process.env.COLECTIVA_NEW_MASTER_KEY ??
          fail('Defina COLECTIVA_NEW_MASTER_KEY con la nueva clave (32 bytes en base64).'),
      )
    : generateMasterKey();
  const file = masterKeyFile(config.keyDir);
  // The next key is on disk before the database changes, so a crash in between loses nothing.
  if (!fromEnvironment) writeKeyFile(`${file}.next`, next);
  const runtime = await openRuntime(config);
  try {
    const count = await rewrapDataKeys(runtime.deps.db, runtime.deps.keyring, next);
    console.log(`${count} claves de datos protegidas con la nueva clave maestra ${next.id}.`);
  } finally {
    await runtime.stop();
  }
  if (fromEnvironment) {
    console.log(
      'Reemplace COLECTIVA_MASTER_KEY por el valor de COLECTIVA_NEW_MASTER_KEY y reinicie Colectiva.',
    );
    return;
  }
  const retired = `${file}.retired-${new Date().toISOString().replace(/[:.]/g, '-')}`;
  fs.renameSync(file, retired);
  fs.renameSync(`${file}.next`, file);
  console.log(
    `Clave anterior guardada en ${retired}: consérvela fuera del servidor junto con las copias de seguridad anteriores, o destrúyala.`,
  );
}

/**
 * A running Colectiva keeps unwrapped data keys in memory: it would go on encrypting with a retired
 * (or purged) key, or fail to unwrap new ones with the old master key. Rotation therefore needs it
 * stopped. With an external DATABASE_URL the operator must ensure this; the data-dir lock only sees
 * local processes.
 */
function refuseWhileRunning(config: ReturnType<typeof loadConfig>): void {
  const running = readLiveLock(config.dataDir);
  if (running) {
    fail(
      `Colectiva está en marcha (proceso ${running.pid}) con este directorio de datos. Deténgala antes de rotar claves.`,
      2,
    );
  }
}
