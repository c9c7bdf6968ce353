import { describe, expect, it } from 'vitest';
import {
  canMoveIntervention,
  canMoveReferral,
  compareFollowUps,
  impactAllowed,
  INTERVENTION_STATUSES,
  isOverdue,
} from './case-responses';

describe('intervention statuses', () => {
  it('move forward, reopen from done or refused, never back to planned', () => {
    expect(canMoveIntervention('planned', 'requested')).toBe(true);
    expect(canMoveIntervention('requested', 'done')).toBe(true);
    expect(canMoveIntervention('done', 'in_progress')).toBe(true);
    expect(canMoveIntervention('refused', 'requested')).toBe(true);
    for (const from of INTERVENTION_STATUSES) {
      expect(canMoveIntervention(from, from)).toBe(true);
      if (from !== 'planned') expect(canMoveIntervention(from, 'planned')).toBe(false);
    }
    expect(canMoveIntervention('in_progress', 'requested')).toBe(false);
  });

  it('take an impact only once over', () => {
    expect(INTERVENTION_STATUSES.filter(impactAllowed)).toEqual(['done', 'refused']);
  });
});

describe('referral statuses', () => {
  it('a closed referral stays closed; a missed one can be referred again', () => {
    expect(canMoveReferral('referred', 'attended')).toBe(true);
    expect(canMoveReferral('not_attended', 'referred')).toBe(true);
    expect(canMoveReferral('attended', 'referred')).toBe(false);
    expect(canMoveReferral('closed', 'referred')).toBe(false);
  });
});

describe('follow-up queue', () => {
  const today = '2026-06-10';
  it('is overdue after its day, unless done', () => {
    expect(isOverdue('2026-06-09', false, today)).toBe(true);
    expect(isOverdue('2026-06-10', false, today)).toBe(false);
    expect(isOverdue('2026-06-09', true, today)).toBe(false);
  });

  it('orders open before done, overdue first, then by due day, then urgent cases', () => {
    const items = [
      { id: 'a', dueOn: '2026-06-20', done: false },
      { id: 'b', dueOn: '2026-06-01', done: true },
      { id: 'c', dueOn: '2026-06-05', done: false },
      { id: 'd', dueOn: '2026-06-12', done: false, urgent: true },
      { id: 'e', dueOn: '2026-06-12', done: false },
      { id: 'f', dueOn: '2026-06-02', done: false },
    ];
    expect(items.sort((x, y) => compareFollowUps(x, y, today)).map((i) => i.id)).toEqual([
      'f',
      'c',
      'd',
      'e',
      'a',
      'b',
    ]);
  });
});
