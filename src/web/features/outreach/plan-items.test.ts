import { describe, expect, it } from 'vitest';
import { groupByDay, isPlanned, toPlanInput, type PlanLine } from './plan-items';

const line = (over: Partial<PlanLine>): PlanLine => ({
  memberId: null,
  memberDisplayCode: null,
  memberPriority: null,
  siteId: null,
  siteName: null,
  plannedDay: null,
  note: null,
  done: false,
  ...over,
});

describe('plan lines', () => {
  it('groups lines by the seven days from Monday, then the undated ones', () => {
    const lines = [
      line({ note: 'a', plannedDay: '2026-03-04' }),
      line({ note: 'b' }),
      line({ note: 'c', plannedDay: '2026-03-02' }),
    ];
    const groups = groupByDay(lines, '2026-03-02');
    expect(groups.map((g) => g.day)).toEqual([
      '2026-03-02',
      '2026-03-03',
      '2026-03-04',
      '2026-03-05',
      '2026-03-06',
      '2026-03-07',
      '2026-03-08',
      null,
    ]);
    expect(groups[0]!.lines.map((l) => l.index)).toEqual([2]);
    expect(groups[2]!.lines.map((l) => l.index)).toEqual([0]);
    expect(groups[7]!.lines.map((l) => l.line.note)).toEqual(['b']);
    expect(groupByDay([lines[0]!], '2026-03-02')).toHaveLength(7);
  });

  it('sends saved ids back and leaves new lines without one', () => {
    const input = toPlanInput([line({ id: 'x', memberId: 'm', done: true }), line({ note: 'n' })]);
    expect(input.items[0]).toEqual({
      id: 'x',
      memberId: 'm',
      siteId: null,
      plannedDay: null,
      note: null,
      done: true,
    });
    expect(input.items[1]).not.toHaveProperty('id');
    expect(isPlanned([line({ memberId: 'm' })], 'm')).toBe(true);
  });
});
