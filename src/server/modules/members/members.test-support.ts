import crypto from 'node:crypto';
import type { UicInput } from '../../../domain/uic-shim';

// TEMPORARY until H2a's buildUic lands: a random code of the default recipe's shape.
export function testUic(): UicInput {
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  let code = '';
  for (let i = 0; i < 4; i++) code += letters[crypto.randomInt(26)];
  code += String(crypto.randomInt(1, 13)).padStart(2, '0') + String(crypto.randomInt(1960, 2005));
  return { recipeId: 'default', code, fallbacksUsed: [] };
}
