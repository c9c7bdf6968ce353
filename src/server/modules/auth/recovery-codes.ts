import crypto from 'node:crypto';
import { LIMITS } from '../../../domain/limits';

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

export function hashRecoveryCode(code: string): string {
  return crypto.createHash('sha256').update(code.replace(/-/g, '').toUpperCase()).digest('hex');
}
