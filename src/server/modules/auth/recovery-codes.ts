import crypto from 'node:crypto';
import { LIMITS } from '../../../domain/limits';
import type { KeyRing } from '../../platform/crypto/keyring';

const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

function randomChunk(length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += ALPHABET[crypto.randomInt(ALPHABET.length)];
  return out;
}

/** Ten one-time codes like `K7QH2-MZ4RT` (about 49 bits each). */
export function generateRecoveryCodes(): string[] {
  return Array.from({ length: LIMITS.recoveryCodes }, () => `${randomChunk(5)}-${randomChunk(5)}`);
}

/** Keyed, so that a copy of the database does not allow an offline search of the ~49-bit codes. */
export function hashRecoveryCode(keyring: KeyRing, code: string): Promise<string> {
  return keyring.keyedTag('recovery-code', code.replace(/-/g, '').toUpperCase());
}
