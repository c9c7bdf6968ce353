import crypto from 'node:crypto';
import { claimCodeFromBytes, CLAIM_CODE_LENGTH } from '../../../domain/self-reports';

/** A new claim code: 16 characters of Crockford base32 from the system's CSPRNG (80 bits). */
export function newClaimCode(): string {
  return claimCodeFromBytes(crypto.randomBytes(CLAIM_CODE_LENGTH));
}

/** A new public token for a form's link: 128 random bits, base64url (22 characters). */
export function newPublicToken(): string {
  return crypto.randomBytes(16).toString('base64url');
}

/**
 * SHA-256 of a random secret (claim code, public token). Both carry ≥ 80 random bits, so a plain
 * hash is enough: there is no small space to search, and the lookup needs a deterministic value.
 */
export function hashSecret(secret: string): Buffer {
  return crypto.createHash('sha256').update(secret, 'utf8').digest();
}
