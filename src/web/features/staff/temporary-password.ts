/** Letters and digits that cannot be confused when read aloud or copied from paper (no 0/o, 1/l/i). */
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/**
 * A random temporary password for a new or reset account, in groups of four so that it can be
 * handed over on paper or read out (4 × 4 symbols from 31 ≈ 79 bits). The person must change it at
 * first sign-in.
 */
export function generateTemporaryPassword(groups = 4, size = 4): string {
  const bytes = new Uint8Array(groups * size);
  const out: string[] = [];
  while (out.length < groups * size) {
    crypto.getRandomValues(bytes);
    for (const byte of bytes) {
      // rejection sampling keeps every symbol equally likely
      if (byte < 256 - (256 % ALPHABET.length) && out.length < groups * size)
        out.push(ALPHABET[byte % ALPHABET.length]!);
    }
  }
  const chunks: string[] = [];
  for (let i = 0; i < groups; i++) chunks.push(out.slice(i * size, (i + 1) * size).join(''));
  return chunks.join('-');
}
