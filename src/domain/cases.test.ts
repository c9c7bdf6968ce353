import { describe, expect, it } from 'vitest';
import {
  BREAK_GLASS_MS,
  breakGlassExpiresAt,
  CASE_STATUSES,
  checkTransition,
  currentConsents,
  formatCaseReference,
  isActiveStatus,
  isBreakGlassActive,
  isStatePerpetrator,
  nextStatuses,
  PERPETRATOR_TYPES,
  referenceSequence,
  STARTER_ACT_TYPES,
} from './cases';

describe('case status transitions', () => {
  it('open → in progress → closed (with outcome) → archived', () => {
    expect(checkTransition('open', 'in_progress', null)).toEqual({
      ok: true,
      outcome: null,
      closedAt: 'keep',
    });
    expect(checkTransition('in_progress', 'closed', 'resolved')).toEqual({
      ok: true,
      outcome: 'resolved',
      closedAt: 'set',
    });
    expect(checkTransition('closed', 'archived', null, 'resolved')).toEqual({
      ok: true,
      outcome: 'resolved',
      closedAt: 'keep',
    });
  });

  it('closing needs an outcome; no other move takes one', () => {
    expect(checkTransition('in_progress', 'closed', null)).toEqual({ ok: false, reason: 'outcome_required' });
    expect(checkTransition('open', 'closed', undefined)).toEqual({ ok: false, reason: 'outcome_required' });
    expect(checkTransition('open', 'in_progress', 'resolved')).toEqual({
      ok: false,
      reason: 'outcome_not_allowed',
    });
    expect(checkTransition('closed', 'archived', 'unresolved', 'resolved')).toEqual({
      ok: false,
      reason: 'outcome_not_allowed',
    });
  });

  it('a closed case can be reopened (outcome and closing time cleared); archived is final', () => {
    expect(checkTransition('closed', 'in_progress', null, 'withdrawn')).toEqual({
      ok: true,
      outcome: null,
      closedAt: 'clear',
    });
    for (const to of CASE_STATUSES) expect(checkTransition('archived', to, null).ok).toBe(false);
    expect(nextStatuses('archived')).toEqual([]);
  });

  it('refuses skipping and standing still', () => {
    expect(checkTransition('open', 'archived', null)).toEqual({ ok: false, reason: 'not_allowed' });
    expect(checkTransition('in_progress', 'open', null)).toEqual({ ok: false, reason: 'not_allowed' });
    for (const status of CASE_STATUSES) expect(checkTransition(status, status, null).ok).toBe(false);
  });

  it('every allowed next status passes the check (with an outcome when closing)', () => {
    for (const from of CASE_STATUSES)
      for (const to of nextStatuses(from))
        expect(checkTransition(from, to, to === 'closed' ? 'referred' : null, 'resolved').ok).toBe(true);
  });

  it('open and in progress are the queue', () => {
    expect(CASE_STATUSES.filter(isActiveStatus)).toEqual(['open', 'in_progress']);
  });
});

describe('references', () => {
  it('are "C-<year>-<sequence>" padded to four digits, and read back for their year only', () => {
    expect(formatCaseReference(2026, 7)).toBe('C-2026-0007');
    expect(formatCaseReference(2026, 12345)).toBe('C-2026-12345');
    expect(referenceSequence('C-2026-0007', 2026)).toBe(7);
    expect(referenceSequence('C-2026-12345', 2026)).toBe(12345);
    expect(referenceSequence('C-2025-0007', 2026)).toBeNull();
    expect(referenceSequence('X-2026-0007', 2026)).toBeNull();
  });
});

describe('break the glass', () => {
  it('lasts exactly three hours', () => {
    const granted = new Date('2026-05-01T22:10:00Z');
    const expires = breakGlassExpiresAt(granted);
    expect(expires.toISOString()).toBe('2026-05-02T01:10:00.000Z');
    expect(BREAK_GLASS_MS).toBe(3 * 3600 * 1000);
    expect(isBreakGlassActive({ expiresAt: expires }, new Date(expires.getTime() - 1))).toBe(true);
    expect(isBreakGlassActive({ expiresAt: expires }, expires)).toBe(false);
  });
});

describe('perpetrators and act types', () => {
  it('state and non-state types are told apart', () => {
    expect(isStatePerpetrator('police')).toBe(true);
    expect(isStatePerpetrator('judiciary')).toBe(true);
    expect(isStatePerpetrator('client')).toBe(false);
    expect(new Set(PERPETRATOR_TYPES).size).toBe(PERPETRATOR_TYPES.length);
  });

  it('the starter act types have unique keys and a label in each language', () => {
    expect(new Set(STARTER_ACT_TYPES.map((t) => t.key)).size).toBe(STARTER_ACT_TYPES.length);
    for (const type of STARTER_ACT_TYPES) {
      expect(type.key).toMatch(/^[a-z][a-z0-9_]{1,47}$/);
      for (const locale of ['es', 'pt-BR', 'en'] as const)
        expect(type.labels[locale].length).toBeGreaterThan(0);
    }
  });
});

describe('current consents', () => {
  const at = (n: number) => new Date(2026, 0, 1, 0, n);
  it('the latest answer of each purpose counts; a withdrawal replaces a grant', () => {
    const current = currentConsents([
      { id: 'b', purpose: 'record', granted: true, recordedOn: '2026-01-01', createdAt: at(1) },
      { id: 'c', purpose: 'advocacy_anonymized', granted: true, recordedOn: '2026-01-01', createdAt: at(1) },
      { id: 'd', purpose: 'advocacy_anonymized', granted: false, recordedOn: '2026-02-01', createdAt: at(5) },
    ]);
    expect(current).toEqual({
      record: { granted: true, recordedOn: '2026-01-01' },
      follow_up: null,
      advocacy_anonymized: { granted: false, recordedOn: '2026-02-01' },
      network_share: null,
    });
  });
});
