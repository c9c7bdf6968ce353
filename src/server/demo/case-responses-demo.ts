import { and, asc, eq } from 'drizzle-orm';
import { newId } from '../../domain/ids';
import { dayOf } from '../../domain/outreach';
import type { Tx } from '../platform/db/client';
import type { AppDeps } from '../platform/deps';
import {
  hrCaseReferrals,
  hrFollowUpTaskColumn,
  hrFollowUps,
  hrInterventionNotesColumn,
  hrInterventions,
} from '../modules/case-responses/case-responses.tables';
import { recordCaseEvent } from '../modules/cases/cases.events';
import { hrCaseAssignments, hrCases } from '../modules/cases/cases.tables';

const DAY = 86_400_000;

/**
 * Demo responses (issue 5 §2) on Liquidambar's cases assigned to paralegal.demo: interventions with
 * their status and impact, a referral to a partner clinic, and follow-ups — one overdue, so the home
 * card and the queue have something to show. Fictional, non-identifying text, encrypted like real notes.
 */
export async function seedDemoCaseResponses(
  tx: Tx,
  deps: AppDeps,
  ctx: { orgIds: Map<string, string>; userIds: Map<string, string>; now: Date },
): Promise<void> {
  const orgId = ctx.orgIds.get('liquidambar');
  const paralegal = ctx.userIds.get('paralegal.demo');
  if (!orgId || !paralegal) return;
  const { now } = ctx;
  const cases = await tx
    .select({ id: hrCases.id, status: hrCases.status, urgent: hrCases.urgent })
    .from(hrCases)
    .innerJoin(
      hrCaseAssignments,
      and(eq(hrCaseAssignments.orgId, hrCases.orgId), eq(hrCaseAssignments.caseId, hrCases.id)),
    )
    .where(and(eq(hrCases.orgId, orgId), eq(hrCaseAssignments.userId, paralegal)))
    .orderBy(asc(hrCases.createdAt), asc(hrCases.id));
  const dayFrom = (offset: number) => dayOf(new Date(now.getTime() + offset * DAY));
  const isOpen = (status: string) => status === 'open' || status === 'in_progress';
  // The urgent open case (else the first open one) gets the referral and an overdue follow-up.
  const focus = (cases.find((c) => c.urgent && isOpen(c.status)) ?? cases.find((c) => isOpen(c.status)))?.id;

  for (const [index, demoCase] of cases.entries()) {
    const caseId = demoCase.id;
    const open = isOpen(demoCase.status);
    const interventions = open
      ? [
          {
            type: 'crisis_support' as const,
            status: 'done' as const,
            impact: 'partly' as const,
            party: null,
          },
          {
            type: 'complaint_accompaniment' as const,
            status: 'requested' as const,
            impact: null,
            party: 'Fiscalía especializada',
          },
        ]
      : [
          {
            type: 'legal_advice' as const,
            status: 'done' as const,
            impact: 'resolved' as const,
            party: null,
          },
        ];
    for (const intervention of interventions) {
      const id = newId(now.getTime());
      await tx.insert(hrInterventions).values({
        orgId,
        id,
        caseId,
        type: intervention.type,
        requestedParty: intervention.party,
        requestedOn: dayFrom(-2 - index),
        status: intervention.status,
        priority: demoCase.urgent ? 'high' : 'medium',
        impact: intervention.impact,
        notesEnc: await deps.keyring.encryptText(
          orgId,
          'Nota ficticia de demostración: se acordó el siguiente paso con ella.',
          hrInterventionNotesColumn.aad({ org_id: orgId, id }),
        ),
        createdBy: paralegal,
        createdAt: now,
        updatedAt: now,
      });
      await recordCaseEvent(tx, {
        orgId,
        caseId,
        kind: 'intervention',
        actorUserId: paralegal,
        details: {
          interventionId: id,
          change: 'created',
          type: intervention.type,
          status: intervention.status,
        },
        at: now,
      });
    }
    if (caseId === focus) {
      const id = newId(now.getTime());
      await tx.insert(hrCaseReferrals).values({
        orgId,
        id,
        caseId,
        partnerName: 'Clínica jurídica (demostración)',
        service: 'Representación legal',
        referredOn: dayFrom(-1),
        status: 'referred',
        notesEnc: null,
        createdBy: paralegal,
        createdAt: now,
        updatedAt: now,
      });
      await recordCaseEvent(tx, {
        orgId,
        caseId,
        kind: 'referral',
        actorUserId: paralegal,
        details: { referralId: id, change: 'created', status: 'referred' },
        at: now,
      });
    }
    if (open) {
      const tasks = [
        {
          dueOn: caseId === focus ? dayFrom(-2) : dayFrom(3),
          task: 'Llamar para saber cómo está (demostración)',
        },
      ];
      for (const followUp of tasks) {
        const id = newId(now.getTime());
        await tx.insert(hrFollowUps).values({
          orgId,
          id,
          caseId,
          assignedUserId: paralegal,
          dueOn: followUp.dueOn,
          taskEnc: await deps.keyring.encryptText(
            orgId,
            followUp.task,
            hrFollowUpTaskColumn.aad({ org_id: orgId, id }),
          ),
          doneAt: null,
          doneBy: null,
          createdBy: paralegal,
          createdAt: now,
          updatedAt: now,
        });
        await recordCaseEvent(tx, {
          orgId,
          caseId,
          kind: 'follow_up',
          actorUserId: paralegal,
          details: { followUpId: id, change: 'created', assignedUserId: paralegal, dueOn: followUp.dueOn },
          at: now,
        });
      }
    }
  }
}
