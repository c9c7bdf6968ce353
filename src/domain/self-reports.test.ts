import { describe, expect, it } from 'vitest';
import {
  CLAIM_CODE_ALPHABET,
  claimCodeFromBytes,
  formatClaimCode,
  isClaimCodeShape,
  normalizeClaimCode,
} from './self-reports';
import { ClaimCode } from './self-reports.schemas';

describe('claim codes', () => {
  it('use 32 symbols without I, L, O or U: 16 characters carry 80 bits', () => {
    expect(CLAIM_CODE_ALPHABET).toHaveLength(32);
    expect(CLAIM_CODE_ALPHABET).not.toMatch(/[ILOU]/);
    const code = claimCodeFromBytes(new Uint8Array(16).map((_, i) => i * 17));
    expect(isClaimCodeShape(code)).toBe(true);
    expect(16 * Math.log2(CLAIM_CODE_ALPHABET.length)).toBe(80);
  });

  it('forgive dashes, spaces, lower case and look-alike letters', () => {
    expect(normalizeClaimCode('k7m4-qx2p ab3c-d9ef')).toBe('K7M4QX2PAB3CD9EF');
    expect(normalizeClaimCode('O0Il-1111-2222-3333')).toBe('0011111122223333');
    expect(ClaimCode.parse(' k7m4-qx2p-ab3c-d9ef ')).toBe('K7M4QX2PAB3CD9EF');
    expect(ClaimCode.safeParse('K7M4-QX2P-AB3C').success).toBe(false);
    expect(ClaimCode.safeParse('K7M4-QX2P-AB3C-D9EU').success).toBe(false);
  });

  it('are shown in groups of four', () => {
    expect(formatClaimCode('K7M4QX2PAB3CD9EF')).toBe('K7M4-QX2P-AB3C-D9EF');
  });
});
