import { describe, expect, it } from 'vitest';
import { suppressCaseEvidence } from './programme-evidence';

const byKey = (facts: ReturnType<typeof suppressCaseEvidence>) =>
  Object.fromEntries(facts.map((f) => [f.key, [f.value, f.total]]));

describe('suppressCaseEvidence (S7)', () => {
  it('publishes nothing when there are no consented cases', () => {
    expect(suppressCaseEvidence({ documented: 0, closed: 0, withResponse: 0 }, 11)).toEqual([]);
  });

  it('shows a small number of cases as "<threshold", never the exact count', () => {
    const facts = suppressCaseEvidence({ documented: 2, closed: 1, withResponse: 1 }, 11);
    expect(byKey(facts).casesDocumented).toEqual(['<', null]);
    for (const fact of facts) {
      expect(typeof fact.value).not.toBe('number');
      expect(fact.total).not.toBe(2);
      expect(fact.threshold).toBe(11);
    }
  });

  it('publishes large counts as they are', () => {
    const facts = suppressCaseEvidence({ documented: 40, closed: 20, withResponse: 25 }, 11);
    expect(byKey(facts)).toEqual({
      casesDocumented: [40, null],
      casesClosed: [20, 40],
      casesWithResponse: [25, 40],
    });
  });

  it('hides a small part, and never leaves it to be worked out from the rest', () => {
    const facts = byKey(suppressCaseEvidence({ documented: 30, closed: 3, withResponse: 28 }, 11));
    expect(facts.casesDocumented).toEqual([30, null]);
    expect(facts.casesClosed).toEqual(['<', 30]);
    // 28 of 30 would give away that 2 cases had no response.
    expect(facts.casesWithResponse).toEqual(['*', 30]);
  });

  it('uses the organization’s threshold and leaves out responses when the table does not exist', () => {
    const facts = suppressCaseEvidence({ documented: 6, closed: 2, withResponse: null }, 2);
    expect(byKey(facts)).toEqual({ casesDocumented: [6, null], casesClosed: [2, 6] });
  });
});
