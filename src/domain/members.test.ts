import { describe, expect, it } from 'vitest';
import {
  DISPLAY_CODE_ALPHABET,
  formatDisplayCode,
  isPriority,
  monthlyCondomNeed,
  normalizeDisplayCodeQuery,
} from './members';
import { MemberCreateInput, MemberListQuery } from './members.schemas';

describe('display codes', () => {
  it('are shown with a dash and found however they are typed', () => {
    expect(formatDisplayCode('K7M4QX')).toBe('K7M-4QX');
    expect(normalizeDisplayCodeQuery(' k7m-4q ')).toBe('K7M4Q');
    expect(normalizeDisplayCodeQuery('K7M 4QX')).toBe('K7M4QX');
  });

  it('use no characters that look alike', () => {
    for (const confusable of '0O1IL5S2Z8B') expect(DISPLAY_CODE_ALPHABET).not.toContain(confusable);
  });
});

describe('member rules', () => {
  it('computes the monthly condom need from partners a week and acts per partner', () => {
    expect(monthlyCondomNeed(10, 2)).toBe(87); // 20 a week × 52 / 12 = 86.7, rounded up
    expect(monthlyCondomNeed(0, 3)).toBe(0);
    expect(monthlyCondomNeed(null, 3)).toBeNull();
    expect(monthlyCondomNeed(5, null)).toBeNull();
  });

  it('makes a member a priority with more than 3 flags', () => {
    expect(isPriority(['a', 'b', 'c'])).toBe(false);
    expect(isPriority(['a', 'b', 'c', 'd'])).toBe(true);
  });
});

describe('member schemas', () => {
  const uic = { recipeId: 'default', code: 'MAJU31011990', fallbacksUsed: [] };

  it('refuse unknown fields, repeated flags and more than 8 flags', () => {
    expect(MemberCreateInput.safeParse({ uic, name: 'x' }).success).toBe(false);
    expect(MemberCreateInput.safeParse({ uic, riskFlags: ['under_25', 'under_25'] }).success).toBe(false);
    const nine = Array.from({ length: 9 }, (_, i) => `flag_${i}`);
    expect(MemberCreateInput.safeParse({ uic, riskFlags: nine }).success).toBe(false);
    expect(MemberCreateInput.safeParse({ uic, riskFlags: nine.slice(0, 8) }).success).toBe(true);
  });

  it('read list filters from the query string', () => {
    expect(MemberListQuery.parse({ priority: 'true', limit: '10' })).toMatchObject({
      priority: true,
      limit: 10,
    });
    expect(MemberListQuery.parse({})).toMatchObject({ limit: 50 });
  });
});
