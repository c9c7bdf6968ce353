import { describe, expect, it } from 'vitest';
import { isCommitmentDue, tallyCommitments } from './advocacy.schemas';
import { missingForConfirmation, nextCommemorationDate } from './mobilization.schemas';

describe('mobilization rules', () => {
  it('names the risk level and every unticked item, custom ones by id', () => {
    expect(
      missingForConfirmation({
        riskLevel: null,
        checklist: [
          { id: 'a', key: 'permits', done: true },
          { id: 'b', key: 'arrest_plan', done: false },
          { id: 'c', key: 'custom', done: false },
        ],
      }),
    ).toEqual(['risk_level', 'arrest_plan', 'custom:c']);
    expect(
      missingForConfirmation({ riskLevel: 'low', checklist: [{ id: 'a', key: 'permits', done: true }] }),
    ).toEqual([]);
  });

  it('places a commemoration on its next date, today included', () => {
    expect(nextCommemorationDate(12, 17, '2026-12-17')).toBe('2026-12-17');
    expect(nextCommemorationDate(12, 17, '2026-12-18')).toBe('2027-12-17');
    expect(nextCommemorationDate(6, 2, '2026-01-31')).toBe('2026-06-02');
  });
});

describe('advocacy rules', () => {
  it('a commitment is due when pending and its follow-up day has come', () => {
    expect(isCommitmentDue('pending', '2026-06-01', '2026-06-01')).toBe(true);
    expect(isCommitmentDue('pending', '2026-06-02', '2026-06-01')).toBe(false);
    expect(isCommitmentDue('kept', '2026-05-01', '2026-06-01')).toBe(false);
  });

  it('tallies commitments by status', () => {
    expect(tallyCommitments(['kept', 'pending', 'partly_kept', 'kept', 'broken'])).toEqual({
      total: 5,
      pending: 1,
      kept: 2,
      partlyKept: 1,
      broken: 1,
    });
  });
});
