import { describe, expect, it } from 'vitest';
import {
  compareActions,
  daysUntil,
  documentExpiry,
  isActionOverdue,
  isActivityLate,
  needsRenewal,
} from './planning';

describe('isActionOverdue', () => {
  it('is true only for open actions after their due day', () => {
    expect(isActionOverdue({ status: 'planned', dueOn: '2026-03-01' }, '2026-03-02')).toBe(true);
    expect(isActionOverdue({ status: 'in_progress', dueOn: '2026-03-01' }, '2026-03-02')).toBe(true);
    expect(isActionOverdue({ status: 'planned', dueOn: '2026-03-01' }, '2026-03-01')).toBe(false);
    expect(isActionOverdue({ status: 'done', dueOn: '2026-03-01' }, '2026-04-01')).toBe(false);
    expect(isActionOverdue({ status: 'dropped', dueOn: '2026-03-01' }, '2026-04-01')).toBe(false);
  });
});

describe('isActivityLate', () => {
  it('is true for an unfinished activity after its last day, delayed or not', () => {
    expect(isActivityLate({ status: 'planned', endsOn: '2026-01-31' }, '2026-02-01')).toBe(true);
    expect(isActivityLate({ status: 'delayed', endsOn: '2026-01-31' }, '2026-02-01')).toBe(true);
    expect(isActivityLate({ status: 'in_progress', endsOn: '2026-01-31' }, '2026-01-31')).toBe(false);
    expect(isActivityLate({ status: 'done', endsOn: '2026-01-31' }, '2026-05-01')).toBe(false);
    expect(isActivityLate({ status: 'cancelled', endsOn: '2026-01-31' }, '2026-05-01')).toBe(false);
  });
});

describe('documentExpiry', () => {
  it('has no state without an expiry date', () => {
    expect(documentExpiry(null, '2026-06-01')).toBe('none');
    expect(needsRenewal(null, '2026-06-01')).toBe(false);
  });

  it('is valid on its expiry day, expired the day after', () => {
    expect(documentExpiry('2026-06-01', '2026-06-01')).toBe('expiring');
    expect(documentExpiry('2026-06-01', '2026-06-02')).toBe('expired');
    expect(daysUntil('2026-06-01', '2026-06-02')).toBe(-1);
  });

  it('is expiring within 60 days (both ends included) and valid beyond', () => {
    expect(documentExpiry('2026-07-31', '2026-06-01')).toBe('expiring'); // 60 days
    expect(documentExpiry('2026-08-01', '2026-06-01')).toBe('valid'); // 61 days
    expect(daysUntil('2026-07-31', '2026-06-01')).toBe(60);
    expect(needsRenewal('2026-07-31', '2026-06-01')).toBe(true);
    expect(needsRenewal('2026-08-01', '2026-06-01')).toBe(false);
  });

  it('crosses months, years and leap days', () => {
    expect(daysUntil('2028-03-01', '2028-02-28')).toBe(2);
    expect(documentExpiry('2027-01-15', '2026-12-20')).toBe('expiring');
    expect(documentExpiry('2026-12-31', '2027-01-01')).toBe('expired');
  });

  it('takes another window', () => {
    expect(documentExpiry('2026-06-20', '2026-06-01', 10)).toBe('valid');
    expect(documentExpiry('2026-06-10', '2026-06-01', 10)).toBe('expiring');
  });
});

describe('compareActions', () => {
  it('puts open actions first by due day, then closed ones latest first', () => {
    const actions = [
      { id: 'a', status: 'done', dueOn: '2026-01-01' },
      { id: 'b', status: 'planned', dueOn: '2026-05-01' },
      { id: 'c', status: 'in_progress', dueOn: '2026-02-01' },
      { id: 'd', status: 'dropped', dueOn: '2026-03-01' },
      { id: 'e', status: 'planned', dueOn: '2026-02-01' },
    ] as const;
    expect([...actions].sort(compareActions).map((a) => a.id)).toEqual(['c', 'e', 'b', 'd', 'a']);
  });
});
