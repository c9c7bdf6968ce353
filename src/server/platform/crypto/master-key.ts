import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export interface MasterKey {
  id: string;
  key: Buffer;
}

export interface MasterKeySet {
  current: MasterKey;
  /** Present only while a rotation is in progress (see rotateMasterKey). */
  next: MasterKey | null;
  source: 'environment' | 'file';
  file: string | null;
}

const KEY_BYTES = 32;

export function masterKeyFromBytes(key: Buffer): MasterKey {
  if (key.length !== KEY_BYTES) throw new Error('The master key must be 32 bytes (base64 or hex).');
  return { id: crypto.createHash('sha256').update(key).digest('hex').slice(0, 16), key };
}

/** Accepts base64 or hex text of 32 bytes. */
export function parseMasterKey(text: string): MasterKey {
  const trimmed = text.trim();
  const bytes = /^[0-9a-f]{64}$/i.test(trimmed)
    ? Buffer.from(trimmed, 'hex')
    : Buffer.from(trimmed, 'base64');
  return masterKeyFromBytes(bytes);
}

export function generateMasterKey(): MasterKey {
  return masterKeyFromBytes(crypto.randomBytes(KEY_BYTES));
}

function readKeyFile(file: string): MasterKey {
  const stat = fs.statSync(file);
  if ((stat.mode & 0o077) !== 0) fs.chmodSync(file, 0o600); // never leave a key readable by others
  const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as { key?: string };
  if (!parsed.key) throw new Error(`${file} holds no key.`);
  return parseMasterKey(parsed.key);
}

/** Writes a key file atomically with 0600 permissions. */
export function writeKeyFile(file: string, key: MasterKey): void {
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const temporary = `${file}.tmp-${process.pid}`;
  const fd = fs.openSync(temporary, 'w', 0o600);
  fs.writeSync(
    fd,
    JSON.stringify({
      version: 1,
      keyId: key.id,
      key: key.key.toString('base64'),
      createdAt: new Date().toISOString(),
    }),
  );
  fs.fsyncSync(fd);
  fs.closeSync(fd);
  fs.renameSync(temporary, file);
}

export function masterKeyFile(keyDir: string): string {
  return path.join(keyDir, 'master.key');
}

/**
 * Loads the master key: from COLECTIVA_MASTER_KEY, or from `<keyDir>/master.key`, created on first run.
 * The key directory sits next to the data directory, never inside it, so a copy of the data directory
 * alone cannot decrypt anything.
 */
export class MasterKeyMissingError extends Error {
  constructor(readonly file: string) {
    super(
      `Falta la clave maestra ${file}: esta base de datos ya tiene datos cifrados con otra clave. ` +
        'Restaure ese archivo desde su copia (o defina COLECTIVA_MASTER_KEY); Colectiva no crea una nueva en su lugar.',
    );
    this.name = 'MasterKeyMissingError';
  }
}

/**
 * The master key(s): from COLECTIVA_MASTER_KEY, or from the key file, which is created on first use
 * only when `createIfMissing` (a database that holds no wrapped keys yet). A database whose keys were
 * wrapped by a key that is missing gets MasterKeyMissingError, never a fresh key that cannot read it.
 */
export function loadMasterKeys(options: {
  keyDir: string;
  dataDir: string;
  fromEnvironment: string | null;
  createIfMissing?: boolean;
}): MasterKeySet {
  if (options.fromEnvironment) {
    return {
      current: parseMasterKey(options.fromEnvironment),
      next: null,
      source: 'environment',
      file: null,
    };
  }
  const file = masterKeyFile(options.keyDir);
  const relative = path.relative(options.dataDir, file);
  if (!relative.startsWith('..') && !path.isAbsolute(relative)) {
    throw new Error('COLECTIVA_KEY_DIR must not be inside the data directory.');
  }
  if (!fs.existsSync(file)) {
    if (options.createIfMissing === false) throw new MasterKeyMissingError(file);
    writeKeyFile(file, generateMasterKey());
  }
  const nextFile = `${file}.next`;
  return {
    current: readKeyFile(file),
    next: fs.existsSync(nextFile) ? readKeyFile(nextFile) : null,
    source: 'file',
    file,
  };
}
