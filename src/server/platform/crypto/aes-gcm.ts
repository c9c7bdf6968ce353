import crypto from 'node:crypto';

const IV_BYTES = 12;
const TAG_BYTES = 16;
const FORMAT_V1 = 0x01;
const HEADER_BYTES = 1 + 4 + IV_BYTES + TAG_BYTES;

/** Raised when a ciphertext was altered, truncated, or belongs to another key or record. */
export class CryptoIntegrityError extends Error {
  constructor(detail: string) {
    super(`Encrypted data failed its integrity check (${detail}): it was altered or does not match its key.`);
    this.name = 'CryptoIntegrityError';
  }
}

/** AES-256-GCM with a random 96-bit IV; output: format | key version | IV | tag | ciphertext. */
export function sealWithKey(key: Buffer, keyVersion: number, plaintext: Buffer, aad: string): Buffer {
  const iv = crypto.randomBytes(IV_BYTES);
  const cipher = crypto.createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(aad, 'utf8'));
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  const header = Buffer.alloc(5);
  header.writeUInt8(FORMAT_V1, 0);
  header.writeUInt32BE(keyVersion, 1);
  return Buffer.concat([header, iv, cipher.getAuthTag(), body]);
}

/** Key version a sealed value was written with. */
export function keyVersionOf(sealed: Buffer): number {
  if (sealed.length < HEADER_BYTES || sealed.readUInt8(0) !== FORMAT_V1) {
    throw new CryptoIntegrityError('unknown format');
  }
  return sealed.readUInt32BE(1);
}

/** Opens a value sealed by `sealWithKey`; throws CryptoIntegrityError on any tampering. */
export function openWithKey(key: Buffer, sealed: Buffer, aad: string): Buffer {
  keyVersionOf(sealed);
  const iv = sealed.subarray(5, 5 + IV_BYTES);
  const tag = sealed.subarray(5 + IV_BYTES, HEADER_BYTES);
  const decipher = crypto.createDecipheriv('aes-256-gcm', key, iv);
  decipher.setAAD(Buffer.from(aad, 'utf8'));
  decipher.setAuthTag(tag);
  try {
    return Buffer.concat([decipher.update(sealed.subarray(HEADER_BYTES)), decipher.final()]);
  } catch {
    throw new CryptoIntegrityError('authentication tag mismatch');
  }
}
