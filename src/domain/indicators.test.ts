import { describe, expect, it } from 'vitest';
import {
  matchesAllWords,
  monthBounds,
  progressPercent,
  quarterToDate,
  ratioPercent,
  yearToDate,
} from './indicators';

describe('review periods', () => {
  it('bounds a month, its quarter to date and its year to date', () => {
    expect(monthBounds('2024-02')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(quarterToDate('2026-05')).toEqual({
      from: '2026-04-01',
      to: '2026-05-31',
      periodStart: '2026-04',
    });
    expect(quarterToDate('2026-01')).toEqual({
      from: '2026-01-01',
      to: '2026-01-31',
      periodStart: '2026-01',
    });
    expect(yearToDate('2026-12')).toEqual({ from: '2026-01-01', to: '2026-12-31', periodStart: '2026-01' });
  });
});

describe('ratio and progress', () => {
  it('gives no ratio for a zero denominator and rounds to one decimal', () => {
    expect(ratioPercent(1, 3)).toBe(33.3);
    expect(ratioPercent(0, 0)).toBeNull();
    expect(progressPercent(45, 60)).toBe(75);
    expect(progressPercent(45, 0)).toBeNull();
    expect(progressPercent(null, 10)).toBeNull();
  });
});

describe('lesson search', () => {
  it('needs every word, ignoring case and accents', () => {
    expect(matchesAllWords('La policía volvió a la Zona Norte', 'policia norte')).toBe(true);
    expect(matchesAllWords('La policía volvió', 'policia sur')).toBe(false);
    expect(matchesAllWords('Cualquier texto', '   ')).toBe(true);
  });
});
