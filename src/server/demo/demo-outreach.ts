import { and, asc, eq } from 'drizzle-orm';
import { newId } from '../../domain/ids';
import { addDays, dayOf, weekStartOf } from '../../domain/outreach';
import type { Tx } from '../platform/db/client';
import type { AppDeps } from '../platform/deps';
import { members } from '../modules/members/members.tables';
import { insertPlanItem } from '../modules/outreach/outreach-plan.repo';
import { outreachPlanNoteColumn } from '../modules/outreach/outreach.tables';
import { siteWorkers } from '../modules/sites/sites.tables';

/**
 * The demo promotora's plan for the current week: four members of her caseload on set days (the first
 * one done), a visit to a site she works, and a reminder without names. Runs in the seeding transaction.
 */
export async function seedDemoOutreach(
  tx: Tx,
  deps: AppDeps,
  options: { orgId: string; promotoraId: string; now: Date },
): Promise<void> {
  const { orgId, promotoraId, now } = options;
  const weekStart = weekStartOf(dayOf(now));
  const caseload = await tx
    .select({ id: members.id })
    .from(members)
    .where(and(eq(members.orgId, orgId), eq(members.assignedUserId, promotoraId)))
    .orderBy(asc(members.id))
    .limit(4);
  const [site] = await tx
    .select({ id: siteWorkers.siteId })
    .from(siteWorkers)
    .where(and(eq(siteWorkers.orgId, orgId), eq(siteWorkers.userId, promotoraId)))
    .limit(1);
  const lines: { memberId?: string; siteId?: string; day: number | null; note?: string; done?: boolean }[] = [
    ...caseload.map((member, index) => ({ memberId: member.id, day: index, done: index === 0 })),
    ...(site ? [{ siteId: site.id, day: 4, note: 'Llevar lubricante y autopruebas' }] : []),
    { day: null, note: 'Reunión de promotoras (demostración)' },
  ];
  for (const line of lines) {
    const id = newId(now.getTime());
    await insertPlanItem(tx, {
      orgId,
      id,
      userId: promotoraId,
      weekStart,
      memberId: line.memberId ?? null,
      siteId: line.siteId ?? null,
      plannedDay: line.day === null ? null : addDays(weekStart, line.day),
      noteEnc: line.note
        ? await deps.keyring.encryptText(orgId, line.note, outreachPlanNoteColumn.aad({ org_id: orgId, id }))
        : null,
      done: line.done ?? false,
      createdAt: now,
      updatedAt: now,
    });
  }
}
