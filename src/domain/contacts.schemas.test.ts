import { describe, expect, it } from 'vitest';
import {
  canFollow,
  ContactCorrectionInput,
  ContactCreateInput,
  ReferralEventInput,
} from './contacts.schemas';
import { computeStockBalance } from './stock.schemas';

const member = '01900000-0000-7000-8000-000000000001';

describe('ContactCreateInput', () => {
  it('takes a member or an anonymous tally, never both or neither', () => {
    expect(ContactCreateInput.safeParse({ contactedOn: '2026-03-01', memberId: member }).success).toBe(true);
    expect(ContactCreateInput.safeParse({ contactedOn: '2026-03-01', anonymousCount: 2 }).success).toBe(true);
    const both = ContactCreateInput.safeParse({
      contactedOn: '2026-03-01',
      memberId: member,
      anonymousCount: 1,
    });
    expect(both.error?.issues[0]?.path).toEqual(['anonymousCount']);
    const neither = ContactCreateInput.safeParse({ contactedOn: '2026-03-01' });
    expect(neither.error?.issues[0]?.path).toEqual(['memberId']);
  });

  it('refuses dates before the sane bound, repeated topics and unknown fields', () => {
    expect(ContactCreateInput.safeParse({ contactedOn: '1999-12-31', anonymousCount: 1 }).success).toBe(
      false,
    );
    const repeated = ContactCreateInput.safeParse({
      contactedOn: '2026-03-01',
      anonymousCount: 1,
      infoTopics: ['sti', 'sti'],
    });
    expect(repeated.error?.issues[0]?.path).toEqual(['infoTopics']);
    expect(ContactCreateInput.safeParse({ contactedOn: '2026-03-01', anonymousCount: 1, x: 1 }).success).toBe(
      false,
    );
  });
});

describe('ContactCorrectionInput', () => {
  it('accepts a partial correction, a bare void, and refuses a void with fields', () => {
    expect(ContactCorrectionInput.safeParse({ condoms: 3 }).success).toBe(true);
    expect(ContactCorrectionInput.safeParse({ voided: true }).success).toBe(true);
    expect(ContactCorrectionInput.safeParse({ voided: true, needs: [] }).error?.issues[0]?.path).toEqual([
      'needs',
    ]);
  });
});

describe('referral follow-up', () => {
  it('goes referred → attended / not attended → result, and only a result after attending', () => {
    expect(canFollow('referred', 'attended')).toBe(true);
    expect(canFollow('referred', 'not_attended')).toBe(true);
    expect(canFollow('referred', 'result')).toBe(false);
    expect(canFollow('not_attended', 'attended')).toBe(true);
    expect(canFollow('not_attended', 'result')).toBe(false);
    expect(canFollow('attended', 'result')).toBe(true);
    expect(canFollow('attended', 'not_attended')).toBe(false);
    expect(canFollow('result', 'attended')).toBe(false);
  });

  it('needs a result value exactly with the result status', () => {
    const recordedOn = '2026-03-02';
    expect(ReferralEventInput.safeParse({ status: 'result', recordedOn }).error?.issues[0]?.path).toEqual([
      'result',
    ]);
    expect(
      ReferralEventInput.safeParse({ status: 'attended', result: 'pending', recordedOn }).error?.issues[0]
        ?.path,
    ).toEqual(['result']);
    expect(
      ReferralEventInput.safeParse({ status: 'result', result: 'result_known', recordedOn }).success,
    ).toBe(true);
  });
});

describe('computeStockBalance', () => {
  it('flags a stock-out at or below zero and "low" at or below the threshold', () => {
    const item = 'condoms' as const;
    expect(computeStockBalance({ item, received: 100, distributed: 100, threshold: null })).toMatchObject({
      balance: 0,
      stockOut: true,
      low: false,
    });
    expect(computeStockBalance({ item, received: 100, distributed: 60, threshold: 40 })).toMatchObject({
      balance: 40,
      stockOut: false,
      low: true,
    });
    expect(computeStockBalance({ item, received: 100, distributed: 10, threshold: 40 })).toMatchObject({
      stockOut: false,
      low: false,
    });
    expect(computeStockBalance({ item, received: 5, distributed: 9, threshold: null }).balance).toBe(-4);
  });
});
