import type { OutreachPlanItemView } from '../../../domain/outreach.schemas';
import type { PlanItemWithNames } from './outreach-plan.repo';

/** Explicit output fields of a plan item; the note comes decrypted by the service. */
export function presentPlanItem(row: PlanItemWithNames, note: string | null): OutreachPlanItemView {
  return {
    id: row.id,
    memberId: row.memberId,
    memberDisplayCode: row.memberDisplayCode,
    memberPriority: row.memberPriority,
    siteId: row.siteId,
    siteName: row.siteName,
    plannedDay: row.plannedDay,
    note,
    done: row.done,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
