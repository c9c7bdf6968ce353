import { CASE_CONSENT_PURPOSES, formatCaseReference } from '../../../domain/cases';
import { newId } from '../../../domain/ids';
import type { TestApp } from '../../testing/test-app';
import * as repo from './cases.repo';
import { hrCaseNarrativeColumn, hrPerpetratorNameColumn } from './cases.tables';

export interface BuiltCase {
  id: string;
  reference: string;
  actId: string;
  victimId: string;
  perpetratorId: string;
}

/**
 * Test factory: a case stored directly — one act, one victim (the member if given, else an
 * anonymous group of two), one perpetrator (named if `perpetratorName`), every consent granted
 * unless said, and the given paralegals assigned.
 */
export async function buildCase(
  t: TestApp,
  options: {
    orgId: string;
    assignedUserIds?: readonly string[];
    narrative?: string;
    perpetratorName?: string;
    victimMemberId?: string;
    urgent?: boolean;
    status?: 'open' | 'in_progress' | 'closed' | 'archived';
    consents?: Partial<Record<(typeof CASE_CONSENT_PURPOSES)[number], boolean>>;
    actType?: string;
    createdBy?: string | null;
  },
): Promise<BuiltCase> {
  const now = t.clock.now();
  const { orgId } = options;
  const id = newId(now.getTime());
  await repo.listActTypes(t.db, orgId); // seeds the starter list
  const year = now.getUTCFullYear();
  const reference = formatCaseReference(year, await repo.nextReferenceSequence(t.db, orgId, year));
  const closed = options.status === 'closed' || options.status === 'archived';
  await repo.insertCase(t.db, {
    orgId,
    id,
    reference,
    status: options.status ?? 'open',
    outcome: closed ? 'resolved' : null,
    urgent: options.urgent ?? false,
    occurredOn: now.toISOString().slice(0, 10),
    occurredPrecision: 'day',
    areaId: null,
    locationType: 'street',
    sourceType: 'victim',
    sourceReliability: 'high',
    narrativeEnc: options.narrative
      ? await t.deps.keyring.encryptText(
          orgId,
          options.narrative,
          hrCaseNarrativeColumn.aad({ org_id: orgId, id }),
        )
      : null,
    needs: ['legal'],
    intakeChannel: 'paralegal',
    selfReportId: null,
    createdBy: options.createdBy ?? null,
    createdAt: now,
    updatedAt: now,
    closedAt: closed ? now : null,
  });
  for (const purpose of CASE_CONSENT_PURPOSES)
    await repo.insertConsent(t.db, {
      orgId,
      id: newId(),
      caseId: id,
      purpose,
      granted: options.consents?.[purpose] ?? true,
      recordedOn: now.toISOString().slice(0, 10),
      recordedBy: null,
      createdAt: now,
    });
  const actId = newId();
  await repo.insertAct(t.db, {
    orgId,
    id: actId,
    caseId: id,
    actType: options.actType ?? 'police_extortion',
    method: 'extortion',
    consequences: ['economic'],
    createdAt: now,
  });
  const victimId = newId();
  await repo.insertVictim(t.db, {
    orgId,
    id: victimId,
    caseId: id,
    memberId: options.victimMemberId ?? null,
    anonymousCount: options.victimMemberId ? null : 2,
    createdAt: now,
  });
  const perpetratorId = newId();
  await repo.insertPerpetrator(t.db, {
    orgId,
    id: perpetratorId,
    caseId: id,
    perpetratorType: 'police',
    count: 2,
    nameEnc: options.perpetratorName
      ? await t.deps.keyring.encryptText(
          orgId,
          options.perpetratorName,
          hrPerpetratorNameColumn.aad({ org_id: orgId, id: perpetratorId }),
        )
      : null,
    createdAt: now,
  });
  for (const userId of options.assignedUserIds ?? [])
    await repo.insertAssignment(t.db, { orgId, caseId: id, userId, assignedBy: null, assignedAt: now });
  return { id, reference, actId, victimId, perpetratorId };
}
