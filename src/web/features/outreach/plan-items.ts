import { addDays } from '../../../domain/outreach';
import type { OutreachPlanInput, OutreachPlanItemView } from '../../../domain/outreach.schemas';

/** A line of the plan as the editor holds it: saved lines keep their id, new ones get one on save. */
export type PlanLine = Pick<OutreachPlanItemView, 'memberId' | 'siteId' | 'plannedDay' | 'note' | 'done'> & {
  id?: string;
  memberDisplayCode: string | null;
  memberPriority: boolean | null;
  siteName: string | null;
};

/** What the server stores of the lines: the whole week at once. */
export function toPlanInput(lines: readonly PlanLine[]): OutreachPlanInput {
  return {
    items: lines.map((line) => ({
      ...(line.id ? { id: line.id } : {}),
      memberId: line.memberId,
      siteId: line.siteId,
      plannedDay: line.plannedDay,
      note: line.note,
      done: line.done,
    })),
  };
}

export interface DayGroup {
  /** A day of the week, or null for the lines without a day. */
  day: string | null;
  lines: { line: PlanLine; index: number }[];
}

/** The seven days from Monday, each with its lines, then the lines without a day (only if any). */
export function groupByDay(lines: readonly PlanLine[], weekStart: string): DayGroup[] {
  const days = Array.from({ length: 7 }, (_, offset) => addDays(weekStart, offset));
  const groups: DayGroup[] = days.map((day) => ({ day, lines: [] }));
  const undated: DayGroup = { day: null, lines: [] };
  lines.forEach((line, index) => {
    const group = groups.find((g) => g.day === line.plannedDay) ?? undated;
    group.lines.push({ line, index });
  });
  return undated.lines.length > 0 ? [...groups, undated] : groups;
}

/** True when the member already has a line this week. */
export function isPlanned(lines: readonly PlanLine[], memberId: string): boolean {
  return lines.some((line) => line.memberId === memberId);
}
