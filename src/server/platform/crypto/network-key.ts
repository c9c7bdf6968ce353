import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { masterKeyFromBytes, writeKeyFile } from './master-key';

/**
 * Network keys: the HMAC keys under which UICs become member hashes (one per network, so the same
 * person is recognized across the network's organizations). They live OUTSIDE the database — in
 * COLECTIVA_NETWORK_KEY or in `<keyDir>/network-<networkId>.key`, next to the master key — so that a
 * copy of the database alone cannot test guessed UICs against the hashes. Losing a key does not lose
 * data, but every person registered before would be registered again as someone new: keep the key
 * files with the master key, and restore them with a backup.
 */

const KEY_BYTES = 32;
/** Domain separation: these HMACs never equal any other HMAC made with the same key. */
const UIC_HASH_CONTEXT = 'colectiva/uic-hash/v1';

export class NetworkKeyMissingError extends Error {
  constructor(
    readonly networkId: string,
    readonly file: string,
  ) {
    super(
      `Falta la clave de red ${file}: esta red ya tiene personas registradas con otra clave. ` +
        'Restaure ese archivo desde su copia (o defina COLECTIVA_NETWORK_KEY); Colectiva no crea una nueva en su lugar.',
    );
    this.name = 'NetworkKeyMissingError';
  }
}

/** Accepts base64 or hex text of 32 bytes. */
export function parseNetworkKey(text: string): Buffer {
  const trimmed = text.trim();
  const bytes = /^[0-9a-f]{64}$/i.test(trimmed)
    ? Buffer.from(trimmed, 'hex')
    : Buffer.from(trimmed, 'base64');
  if (bytes.length !== KEY_BYTES) throw new Error('The network key must be 32 bytes (base64 or hex).');
  return bytes;
}

export function networkKeyFile(keyDir: string, networkId: string): string {
  if (!/^[0-9a-f-]{36}$/i.test(networkId)) throw new Error('A network id is a UUID.');
  return path.join(keyDir, `network-${networkId.toLowerCase()}.key`);
}

function readNetworkKeyFile(file: string): Buffer {
  const stat = fs.statSync(file);
  if ((stat.mode & 0o077) !== 0) fs.chmodSync(file, 0o600); // never leave a key readable by others
  const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as { key?: string };
  if (!parsed.key) throw new Error(`${file} holds no key.`);
  return parseNetworkKey(parsed.key);
}

/**
 * Writes a fresh key file, unless one appeared meanwhile: another process (the server, a backup
 * command) may have created the network's key since `existsSync`, and may already have hashed
 * members with it. The new file is written aside and hard-linked into place, which fails when the
 * name exists, so a key file is never replaced.
 */
function createKeyFileExclusively(file: string): void {
  const aside = `${file}.new-${process.pid}-${crypto.randomBytes(4).toString('hex')}`;
  writeKeyFile(aside, masterKeyFromBytes(crypto.randomBytes(KEY_BYTES)));
  try {
    fs.linkSync(aside, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    fs.rmSync(aside, { force: true });
  }
}

/** What services use: the keyed hash of a UIC. The code is never stored, logged or returned. */
export interface UicHasher {
  /** HMAC-SHA-256 (32 bytes) under the network's key of a message naming the network and the code. */
  hash(networkId: string, code: string): Buffer;
}

export interface NetworkKeysOptions {
  keyDir: string;
  /** COLECTIVA_NETWORK_KEY: used for every network of this installation; wins over the key files. */
  fromEnvironment: string | null;
}

/**
 * The network keys of this process, read once and kept in memory. `prepareNetworkKeys` must run at
 * start-up: it refuses to start when a network that already has members lost its key file. After that,
 * a key file missing on first use belongs to a network with no members yet and is created (0600).
 */
export class NetworkKeys implements UicHasher {
  private readonly keys = new Map<string, Buffer>();
  private readonly environmentKey: Buffer | null;

  constructor(private readonly options: NetworkKeysOptions) {
    this.environmentKey = options.fromEnvironment ? parseNetworkKey(options.fromEnvironment) : null;
  }

  get source(): 'environment' | 'file' {
    return this.environmentKey ? 'environment' : 'file';
  }

  /** The key of a network: from the environment, the cache or its file, created only if allowed. */
  load(networkId: string, options: { createIfMissing: boolean }): Buffer {
    if (this.environmentKey) return this.environmentKey;
    const cached = this.keys.get(networkId);
    if (cached) return cached;
    const file = networkKeyFile(this.options.keyDir, networkId);
    if (!fs.existsSync(file)) {
      if (!options.createIfMissing) throw new NetworkKeyMissingError(networkId, file);
      createKeyFileExclusively(file);
    }
    const key = readNetworkKeyFile(file);
    this.keys.set(networkId, key);
    return key;
  }

  hash(networkId: string, code: string): Buffer {
    const key = this.load(networkId, { createIfMissing: true });
    return crypto
      .createHmac('sha256', key)
      .update(`${UIC_HASH_CONTEXT}\u0000${networkId.toLowerCase()}\u0000${code}`, 'utf8')
      .digest();
  }
}

/**
 * Networks that have at least one member (any organization of the network). Reads `members` by name
 * so the platform does not depend on the members module, and answers none while that table does not
 * exist (a database migrated before the registry).
 */
export async function networksWithMembers(db: DbOrTx): Promise<Set<string>> {
  const exists = await db.execute<{ present: boolean }>(
    sql`select to_regclass('members') is not null as present`,
  );
  if (!exists.rows[0]?.present) return new Set();
  const result = await db.execute<{ network_id: string }>(
    sql`select distinct o.network_id from organizations o where exists (select 1 from members m where m.org_id = o.id)`,
  );
  return new Set(result.rows.map((row) => row.network_id));
}

/**
 * Loads the key of every network at start-up: creates the keys of networks without members, and
 * throws NetworkKeyMissingError — never a fresh key — for a network whose members were hashed with a
 * key that is now missing.
 */
export async function prepareNetworkKeys(db: DbOrTx, keys: NetworkKeys): Promise<void> {
  const withMembers = await networksWithMembers(db);
  const networks = await db.execute<{ id: string }>(sql`select id from networks order by id`);
  for (const { id } of networks.rows) keys.load(id, { createIfMissing: !withMembers.has(id) });
}
