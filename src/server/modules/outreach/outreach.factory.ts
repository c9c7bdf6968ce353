import { newId } from '../../../domain/ids';
import { dayOf, weekStartOf } from '../../../domain/outreach';
import type { TestApp } from '../../testing/test-app';
import type { PlanItemRow } from './outreach-plan.repo';
import { insertPlanItem } from './outreach-plan.repo';
import { outreachPlanNoteColumn } from './outreach.tables';

/** Test factory: a plan item stored directly (this week unless told), with an encrypted note if given. */
export async function buildPlanItem(
  t: TestApp,
  options: {
    orgId: string;
    userId: string;
    weekStart?: string;
    memberId?: string | null;
    siteId?: string | null;
    plannedDay?: string | null;
    note?: string;
    done?: boolean;
  },
): Promise<PlanItemRow> {
  const now = t.clock.now();
  const id = newId(now.getTime());
  const row: PlanItemRow = {
    orgId: options.orgId,
    id,
    userId: options.userId,
    weekStart: options.weekStart ?? weekStartOf(dayOf(now)),
    memberId: options.memberId ?? null,
    siteId: options.siteId ?? null,
    plannedDay: options.plannedDay ?? null,
    noteEnc: options.note
      ? await t.deps.keyring.encryptText(
          options.orgId,
          options.note,
          outreachPlanNoteColumn.aad({ org_id: options.orgId, id }),
        )
      : null,
    done: options.done ?? false,
    createdAt: now,
    updatedAt: now,
  };
  await insertPlanItem(t.db, row);
  return row;
}
