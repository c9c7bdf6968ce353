import { describe, expect, it } from 'vitest';
import {
  canMoveAssessment,
  compareDomains,
  compareItems,
  domainScores,
  meanScore,
  participantTotal,
  spreadOf,
  spreadVisible,
  strengthsAndWeaknesses,
} from './scores';

describe('capacity scores', () => {
  it('averages the non-N/A scores, two decimals', () => {
    expect(meanScore([1, 2, 4])).toBe(2.33);
    expect(meanScore([3, null, 4, undefined])).toBe(3.5);
    expect(meanScore([null, null])).toBeNull();
    expect(meanScore([])).toBeNull();
  });

  it('computes domain scores in the given order, counting scored items', () => {
    const scores = domainScores(
      ['governance', 'networking', 'advocacy'],
      [
        { itemKey: 'g1', domainKey: 'governance', score: 2 },
        { itemKey: 'g2', domainKey: 'governance', score: 3 },
        { itemKey: 'g3', domainKey: 'governance', score: null },
        { itemKey: 'n1', domainKey: 'networking', score: undefined },
      ],
    );
    expect(scores).toEqual([
      { domainKey: 'governance', score: 2.5, itemCount: 3, scoredCount: 2 },
      { domainKey: 'networking', score: null, itemCount: 1, scoredCount: 0 },
      { domainKey: 'advocacy', score: null, itemCount: 0, scoredCount: 0 },
    ]);
  });

  it('counts the spread per level and shows it only once scoring is closed with ≥ 3 ballots', () => {
    expect(spreadOf([1, 4, 4, null, 2])).toEqual({ '1': 1, '2': 1, '3': 0, '4': 2, na: 1 });
    expect(spreadVisible(2, true)).toBe(false);
    expect(spreadVisible(3, false)).toBe(false);
    expect(spreadVisible(3, true)).toBe(true);
  });

  it('lists strengths (3–4, highest first) and weaknesses (1–2, lowest first)', () => {
    const items = [
      { key: 'a', score: 3 as const },
      { key: 'b', score: 1 as const },
      { key: 'c', score: 4 as const },
      { key: 'd', score: null },
      { key: 'e', score: 2 as const },
      { key: 'f', score: 3 as const },
    ];
    const { strengths, weaknesses } = strengthsAndWeaknesses(items, 2);
    expect(strengths.map((item) => item.key)).toEqual(['c', 'a']);
    expect(weaknesses.map((item) => item.key)).toEqual(['b', 'e']);
  });

  it('compares items by key and domains by key', () => {
    expect(
      compareItems(
        [
          { itemKey: 'g1', score: 3 },
          { itemKey: 'g2', score: null },
          { itemKey: 'new', score: 2 },
        ],
        [
          { itemKey: 'g1', score: 1 },
          { itemKey: 'g2', score: 2 },
          { itemKey: 'gone', score: 4 },
        ],
      ),
    ).toEqual([
      { key: 'g1', current: 3, previous: 1, delta: 2 },
      { key: 'g2', current: null, previous: 2, delta: null },
      { key: 'new', current: 2, previous: undefined, delta: null },
    ]);
    expect(
      compareDomains(
        [{ domainKey: 'governance', score: 2.5, itemCount: 2, scoredCount: 2 }],
        [{ domainKey: 'governance', score: 1.75, itemCount: 4, scoredCount: 4 }],
      ),
    ).toEqual([{ key: 'governance', current: 2.5, previous: 1.75, delta: 0.75 }]);
  });

  it('moves forward only', () => {
    expect(canMoveAssessment('draft', 'scoring')).toBe(true);
    expect(canMoveAssessment('draft', 'consensus')).toBe(true);
    expect(canMoveAssessment('scoring', 'consensus')).toBe(true);
    expect(canMoveAssessment('consensus', 'completed')).toBe(true);
    expect(canMoveAssessment('consensus', 'scoring')).toBe(false);
    expect(canMoveAssessment('completed', 'consensus')).toBe(false);
  });

  it('adds up the participants', () => {
    expect(participantTotal([{ count: 3 }, { count: 2 }])).toBe(5);
  });
});
