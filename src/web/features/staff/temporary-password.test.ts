import { describe, expect, it } from 'vitest';
import { findPasswordProblem } from '../../../domain/password-policy';
import { generateTemporaryPassword } from './temporary-password';

describe('generateTemporaryPassword', () => {
  it('makes four groups of four unambiguous symbols', () => {
    const password = generateTemporaryPassword();
    expect(password).toMatch(/^[a-hj-km-np-z2-9]{4}(-[a-hj-km-np-z2-9]{4}){3}$/);
  });

  it('passes the password policy and does not repeat', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const password = generateTemporaryPassword();
      expect(findPasswordProblem(password, 'promotora1')).toBeNull();
      seen.add(password);
    }
    expect(seen.size).toBe(200);
  });
});
