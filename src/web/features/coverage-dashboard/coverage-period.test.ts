import { describe, expect, it } from 'vitest';
import { currentQuarter, kindOf, parsePeriod, periodOf } from './coverage-period';

describe('coverage periods', () => {
  it('turns a month, a quarter and a year into whole months', () => {
    expect(periodOf('month', 2026, 11)).toEqual({ from: '2026-11', to: '2026-11' });
    expect(periodOf('quarter', 2026, 3)).toEqual({ from: '2026-07', to: '2026-09' });
    expect(periodOf('year', 2026)).toEqual({ from: '2026-01', to: '2026-12' });
  });

  it('reads the kind back from the months', () => {
    expect(kindOf({ from: '2026-07', to: '2026-09' })).toBe('quarter');
    expect(kindOf({ from: '2026-08', to: '2026-10' })).toBe('custom');
    expect(kindOf({ from: '2026-01', to: '2026-12' })).toBe('year');
    expect(kindOf({ from: '2026-05', to: '2026-05' })).toBe('month');
  });

  it('defaults to the current quarter and ignores malformed addresses', () => {
    expect(currentQuarter(new Date(2026, 10, 29))).toEqual({ from: '2026-10', to: '2026-12' });
    expect(parsePeriod(new URLSearchParams('from=2026-13&to=2026-12'))).toBeNull();
    expect(parsePeriod(new URLSearchParams('from=2026-09&to=2026-07'))).toBeNull();
    expect(parsePeriod(new URLSearchParams('from=2026-07&to=2026-09'))).toEqual({
      from: '2026-07',
      to: '2026-09',
    });
  });
});
