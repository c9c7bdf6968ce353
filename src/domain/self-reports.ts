/**
 * Pure rules of the anonymous self-report (issue 5 §7): the claim code's alphabet and shape, the
 * act types a person can tick on the public form, and the form's limits.
 */

/** Crockford's base32: no I, L, O or U, so a code read aloud or copied by hand survives. */
export const CLAIM_CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** 16 characters × 5 bits = 80 bits of randomness (SECURITY: not guessable under the rate limit). */
export const CLAIM_CODE_LENGTH = 16;

export const SELF_REPORT_LIMITS = {
  textMax: 4000,
  areaTextMax: 200,
  messageMax: 2000,
  /** Messages a thread keeps; a longer conversation belongs in a case. */
  messagesMax: 100,
} as const;

/**
 * What a person may tick on the public form: the starter act types of DOMAIN.md §4, in plain words.
 * The keys are those of the case act-type list, so a converted report keeps them.
 */
export const SELF_REPORT_ACT_TYPES = [
  'arbitrary_detention',
  'police_extortion',
  'physical_violence',
  'sexual_violence',
  'condom_confiscation',
  'forced_testing',
  'health_service_denial',
  'confidentiality_breach',
  'degrading_treatment',
  'eviction',
  'id_denial',
  'labour_exploitation',
  'stigmatizing_media',
  'online_harassment',
  'threats',
  'other',
] as const;

/**
 * Upper case, no separators, and Crockford's look-alikes folded (O → 0, I and L → 1), so a code
 * typed with dashes, spaces or a misread letter still matches.
 */
export function normalizeClaimCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
}

/** True for a normalized code of the right length over the alphabet. */
export function isClaimCodeShape(code: string): boolean {
  if (code.length !== CLAIM_CODE_LENGTH) return false;
  for (const char of code) if (!CLAIM_CODE_ALPHABET.includes(char)) return false;
  return true;
}

/** "K7M4QX2PAB3CD9EF" → "K7M4-QX2P-AB3C-D9EF": easier to read out and copy. */
export function formatClaimCode(code: string): string {
  return code.match(/.{1,4}/g)?.join('-') ?? code;
}

/** A code from random bytes (one byte per character, 256 % 32 = 0 so there is no bias). */
export function claimCodeFromBytes(bytes: Uint8Array): string {
  if (bytes.length < CLAIM_CODE_LENGTH) throw new Error('not enough random bytes');
  let code = '';
  for (let i = 0; i < CLAIM_CODE_LENGTH; i++) code += CLAIM_CODE_ALPHABET[bytes[i]! % 32];
  return code;
}
