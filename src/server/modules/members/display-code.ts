import crypto from 'node:crypto';
import { DISPLAY_CODE_ALPHABET, DISPLAY_CODE_LENGTH } from '../../../domain/members';

/** A random display code (about 28 bits): never derived from anything about the person. */
export function generateDisplayCode(): string {
  let code = '';
  for (let i = 0; i < DISPLAY_CODE_LENGTH; i++)
    code += DISPLAY_CODE_ALPHABET[crypto.randomInt(DISPLAY_CODE_ALPHABET.length)];
  return code;
}
