import { describe, expect, it } from 'vitest';
import {
  addDays,
  canMoveStage,
  daysBetween,
  feeSummary,
  needsAttention,
  reportingTimeliness,
  reportState,
} from './grants';

describe('report states and timeliness', () => {
  const today = '2026-05-10';
  it('submitted on or before the due day is on time; later is late', () => {
    expect(reportState({ dueOn: '2026-05-01', submittedOn: '2026-05-01' }, today)).toBe('submitted_on_time');
    expect(reportState({ dueOn: '2026-05-01', submittedOn: '2026-05-02' }, today)).toBe('submitted_late');
  });
  it('open reports are overdue after the due day, due soon within 30 days, upcoming after', () => {
    expect(reportState({ dueOn: '2026-05-09', submittedOn: null }, today)).toBe('overdue');
    expect(reportState({ dueOn: '2026-05-10', submittedOn: null }, today)).toBe('due_soon');
    expect(reportState({ dueOn: '2026-06-09', submittedOn: null }, today)).toBe('due_soon');
    expect(reportState({ dueOn: '2026-06-10', submittedOn: null }, today)).toBe('upcoming');
    expect(needsAttention('overdue')).toBe(true);
    expect(needsAttention('upcoming')).toBe(false);
  });
  it('timeliness counts due reports only; rate is null when nothing was due', () => {
    expect(reportingTimeliness([{ dueOn: '2026-09-01', submittedOn: null }], today).rate).toBeNull();
    expect(
      reportingTimeliness(
        [
          { dueOn: '2026-01-01', submittedOn: '2025-12-30' },
          { dueOn: '2026-02-01', submittedOn: '2026-02-03' },
          { dueOn: '2026-03-01', submittedOn: null },
          { dueOn: '2026-04-01', submittedOn: '2026-04-01' },
          { dueOn: '2026-12-01', submittedOn: null },
        ],
        today,
      ),
    ).toEqual({ due: 4, onTime: 2, late: 1, overdue: 1, rate: 0.5 });
  });
  it('date maths in UTC calendar days', () => {
    expect(daysBetween('2026-02-28', '2026-03-01')).toBe(1);
    expect(daysBetween('2026-03-01', '2026-02-28')).toBe(-1);
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-29', 30)).toBe('2026-04-28');
  });
});

describe('pipeline', () => {
  it('opportunity → proposal → awarded or declined; awarded is final; declined may reopen', () => {
    expect(canMoveStage('opportunity', 'proposal')).toBe(true);
    expect(canMoveStage('opportunity', 'awarded')).toBe(false);
    expect(canMoveStage('proposal', 'awarded')).toBe(true);
    expect(canMoveStage('proposal', 'declined')).toBe(true);
    expect(canMoveStage('awarded', 'declined')).toBe(false);
    expect(canMoveStage('declined', 'opportunity')).toBe(true);
    expect(canMoveStage('awarded', 'awarded')).toBe(true);
  });
});

describe('fee summary', () => {
  it('counts exemptions by reason and never adds amounts across currencies', () => {
    expect(
      feeSummary([
        { status: 'paid', exemptionReason: null, amount: 2.1, currency: 'USD' },
        { status: 'paid', exemptionReason: null, amount: 0.2, currency: 'USD' },
        { status: 'paid', exemptionReason: null, amount: 50, currency: 'MXN' },
        { status: 'exempt', exemptionReason: 'hardship', amount: 2, currency: 'USD' },
        { status: 'exempt', exemptionReason: 'new_member', amount: 2, currency: 'USD' },
        { status: 'pending', exemptionReason: null, amount: 2, currency: 'USD' },
      ]),
    ).toEqual({
      total: 6,
      paid: 3,
      pending: 1,
      exempt: 2,
      exemptByReason: { hardship: 1, new_member: 1, other: 0 },
      paidByCurrency: [
        { currency: 'MXN', amount: 50 },
        { currency: 'USD', amount: 2.3 },
      ],
    });
  });
});
