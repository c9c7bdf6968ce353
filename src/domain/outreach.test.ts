import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, isDueForContact, isMonday, monthStartOf, weekStartOf } from './outreach';
import { OutreachPlanInput, OutreachPlanQuery } from './outreach.schemas';

describe('micro-planning dates', () => {
  it('finds the Monday of a week, across months and years', () => {
    expect(weekStartOf('2026-03-04')).toBe('2026-03-02');
    expect(weekStartOf('2026-03-02')).toBe('2026-03-02');
    expect(weekStartOf('2026-03-08')).toBe('2026-03-02');
    expect(weekStartOf('2027-01-01')).toBe('2026-12-28');
    expect(isMonday('2026-03-02')).toBe(true);
    expect(isMonday('2026-03-03')).toBe(false);
    expect(monthStartOf('2026-02-28')).toBe('2026-02-01');
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(daysBetween('2026-01-31', '2026-03-02')).toBe(30);
  });

  it('makes a member due after the configured days without contact, or when never contacted', () => {
    expect(isDueForContact(null, '2026-03-02', 30)).toBe(true);
    expect(isDueForContact('2026-01-31', '2026-03-01', 30)).toBe(false); // 29 days
    expect(isDueForContact('2026-01-31', '2026-03-02', 30)).toBe(true); // 30 days
    expect(isDueForContact('2026-03-01', '2026-03-02', 1)).toBe(true);
  });
});

describe('plan schemas', () => {
  it('accepts only a Monday as the week', () => {
    expect(OutreachPlanQuery.safeParse({ week: '2026-03-02' }).success).toBe(true);
    expect(OutreachPlanQuery.safeParse({ week: '2026-03-03' }).success).toBe(false);
  });

  it('refuses an empty line, a long note and repeated ids', () => {
    const id = '01900000-0000-7000-8000-000000000001';
    expect(OutreachPlanInput.safeParse({ items: [{ note: 'Llevar lubricante' }] }).success).toBe(true);
    expect(OutreachPlanInput.safeParse({ items: [{ done: true }] }).success).toBe(false);
    expect(OutreachPlanInput.safeParse({ items: [{ note: 'x'.repeat(141) }] }).success).toBe(false);
    expect(
      OutreachPlanInput.safeParse({
        items: [
          { id, note: 'a' },
          { id, note: 'b' },
        ],
      }).success,
    ).toBe(false);
  });
});
