/**
 * Letters that Unicode does not decompose into a base letter plus marks. Everything else that is not
 * A–Z or 0–9 after decomposition (spaces, hyphens, apostrophes, emoji…) is dropped.
 */
const UNDECOMPOSED: Readonly<Record<string, string>> = {
  Æ: 'AE',
  Œ: 'OE',
  Ø: 'O',
  Ł: 'L',
  Đ: 'D',
  Ð: 'D',
  Þ: 'TH',
  ẞ: 'SS',
  Ħ: 'H',
  Ŧ: 'T',
};

/**
 * Normalizes one UIC answer so the same person gets the same code however it is typed: upper case,
 * accents and other diacritics removed (NFKD, then combining marks dropped), spaces, hyphens,
 * apostrophes and any other punctuation removed. The result holds only A–Z and 0–9.
 *
 * **Ñ becomes N** (and Ç becomes C): a promotora types "Peña" on one phone and "Pena" on another
 * whose keyboard has no ñ, and a code must not split one person in two. The extra collisions this
 * allows (PEÑA/PENA) are far rarer than the keyboard misses it prevents; LINKAGES asks for accents to
 * be stripped and the tilde is treated as one.
 *
 * Idempotent: `normalizeUicAnswer(normalizeUicAnswer(x)) === normalizeUicAnswer(x)`.
 */
export function normalizeUicAnswer(answer: string): string {
  const decomposed = answer.toUpperCase().normalize('NFKD').replace(/\p{M}/gu, '');
  let out = '';
  for (const char of decomposed) {
    const mapped = UNDECOMPOSED[char] ?? char;
    if (/^[A-Z0-9]+$/.test(mapped)) out += mapped;
  }
  return out;
}

/** Only the letters of a normalized answer (digits typed into a name are ignored). */
export function uicLetters(answer: string): string {
  return normalizeUicAnswer(answer).replace(/[^A-Z]/g, '');
}
