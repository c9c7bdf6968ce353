import {
  CASE_CONSENT_PURPOSES,
  checkTransition,
  currentConsents,
  breakGlassExpiresAt,
  formatCaseReference,
  isBreakGlassActive,
  isStatePerpetrator,
  nextStatuses,
} from '../../../domain/cases';
import {
  CaseIntakeInput,
  type ActInput,
  type ActTypeList,
  type ActTypesInput,
  type BreakGlassView,
  type CaseConsentInput,
  type CaseList,
  type CaseListQuery,
  type CaseStatusInput,
  type CaseTimeline,
  type CaseUpdateInput,
  type CaseView,
  type PerpetratorInput,
  type VictimInput,
} from '../../../domain/cases.schemas';
import { newId } from '../../../domain/ids';
import { formatDisplayCode, normalizeDisplayCodeQuery } from '../../../domain/members';
import { isAllowed } from '../../../domain/policy';
import { AppError } from '../../platform/errors';
import { orgContext, type OrgServiceContext, type ServiceContext } from '../../platform/http/route-spec';
import { listViewers } from '../audit/audit.repo';
import { requireCaseAccess, type CaseAccess } from './cases.access';
import { recordCaseEvent, type CaseEventDetails } from './cases.events';
import { presentActType, presentCaseListItem, presentEvent } from './cases.presenter';
import * as repo from './cases.repo';
import { hrBreakGlassReasonColumn, hrCaseNarrativeColumn, hrPerpetratorNameColumn } from './cases.tables';

const narrativeAad = (orgId: string, id: string) => hrCaseNarrativeColumn.aad({ org_id: orgId, id });
const nameAad = (orgId: string, id: string) => hrPerpetratorNameColumn.aad({ org_id: orgId, id });
const reasonAad = (orgId: string, id: string) => hrBreakGlassReasonColumn.aad({ org_id: orgId, id });
const today = (now: Date) => now.toISOString().slice(0, 10);

async function event(c: OrgServiceContext, caseId: string, kind: string, details: CaseEventDetails = {}) {
  await recordCaseEvent(c.db, {
    orgId: c.org.orgId,
    caseId,
    kind,
    actorUserId: c.actor.userId,
    details,
    at: c.now,
  });
}

async function touch(c: OrgServiceContext, caseId: string) {
  await repo.updateCase(c.db, c.org.orgId, caseId, { updatedAt: c.now });
}

/** Archived cases are history: nothing about them changes any more. */
function requireEditable(access: CaseAccess) {
  if (access.row.status === 'archived') throw new AppError('conflict', { field: 'status' });
}

async function requireActiveActType(c: OrgServiceContext, key: string, field: string) {
  const types = await repo.listActTypes(c.db, c.org.orgId);
  if (!types.some((type) => type.key === key && type.active)) throw new AppError('validation', { field });
}

async function requireArea(c: OrgServiceContext, areaId: string | null | undefined) {
  if (areaId && !(await repo.areaExists(c.db, c.org.orgId, areaId)))
    throw new AppError('validation', { field: 'areaId' });
}

/** A victim's member, by the display code the paralegal typed ("K7M-4QX"); merged records count for the kept one. */
async function victimMemberId(c: OrgServiceContext, victim: VictimInput, field: string) {
  if (!('memberCode' in victim)) return null;
  const member = await repo.findMemberByCode(c.db, c.org.orgId, normalizeDisplayCodeQuery(victim.memberCode));
  if (!member) throw new AppError('validation', { field, messageKey: 'cases.unknownMemberCode' });
  return member.mergedIntoId ?? member.id;
}

async function insertAct(c: OrgServiceContext, caseId: string, act: ActInput, field: string) {
  await requireActiveActType(c, act.actType, field ? `${field}.actType` : 'actType');
  const id = act.id ?? newId(c.now.getTime());
  const inserted = await repo.insertAct(c.db, {
    orgId: c.org.orgId,
    id,
    caseId,
    actType: act.actType,
    method: act.method ?? null,
    consequences: [...(act.consequences ?? [])],
    createdAt: c.now,
  });
  return { id, inserted };
}

async function insertVictim(c: OrgServiceContext, caseId: string, victim: VictimInput, field: string) {
  const memberId = await victimMemberId(c, victim, field ? `${field}.memberCode` : 'memberCode');
  const id = victim.id ?? newId(c.now.getTime());
  const inserted = await repo.insertVictim(c.db, {
    orgId: c.org.orgId,
    id,
    caseId,
    memberId,
    anonymousCount: 'anonymousCount' in victim ? victim.anonymousCount : null,
    createdAt: c.now,
  });
  return { id, inserted, kind: memberId ? 'member' : 'anonymous' };
}

async function insertPerpetrator(c: OrgServiceContext, caseId: string, perpetrator: PerpetratorInput) {
  const id = perpetrator.id ?? newId(c.now.getTime());
  const inserted = await repo.insertPerpetrator(c.db, {
    orgId: c.org.orgId,
    id,
    caseId,
    perpetratorType: perpetrator.perpetratorType,
    count: perpetrator.count ?? 1,
    nameEnc: await c.deps.keyring.encryptNullable(c.org.orgId, perpetrator.name, nameAad(c.org.orgId, id)),
    createdAt: c.now,
  });
  return { id, inserted };
}

export interface CaseOrigin {
  intakeChannel: 'paralegal' | 'self_report';
  selfReportId?: string | null;
}

/**
 * Intake (issue 5 §1): the whole wizard's answer in one transaction — the case with its reference,
 * the four consents, acts, victims, perpetrators, the author's assignment (a paralegal is assigned to
 * the cases she documents), a `created` timeline entry and the audit row. Consent to record is
 * required. A retry with the same client id answers the first result. 5D converts self-reports with
 * `origin = { intakeChannel: 'self_report', selfReportId }`.
 */
export async function createCase(
  ctx: ServiceContext,
  input: CaseIntakeInput,
  origin: CaseOrigin = { intakeChannel: 'paralegal' },
): Promise<{ id: string; reference: string }> {
  const c = orgContext(ctx);
  const data = CaseIntakeInput.parse(input);
  if (!data.consents.record) throw new AppError('validation', { field: 'consents.record' });
  const id = data.id ?? newId(c.now.getTime());
  const existing = await repo.findCase(c.db, c.org.orgId, id);
  if (existing) return { id: existing.id, reference: existing.reference };
  await requireArea(c, data.areaId);
  const year = c.now.getUTCFullYear();
  const reference = formatCaseReference(year, await repo.nextReferenceSequence(c.db, c.org.orgId, year));
  await repo.insertCase(c.db, {
    orgId: c.org.orgId,
    id,
    reference,
    status: 'open',
    outcome: null,
    urgent: data.urgent,
    occurredOn: data.occurredOn ?? null,
    occurredPrecision: data.occurredPrecision,
    areaId: data.areaId ?? null,
    locationType: data.locationType ?? null,
    sourceType: data.sourceType ?? null,
    sourceReliability: data.sourceReliability,
    narrativeEnc: await c.deps.keyring.encryptNullable(
      c.org.orgId,
      data.narrative,
      narrativeAad(c.org.orgId, id),
    ),
    needs: [...data.needs],
    intakeChannel: origin.intakeChannel,
    selfReportId: origin.selfReportId ?? null,
    createdBy: c.actor.userId,
    createdAt: c.now,
    updatedAt: c.now,
    closedAt: null,
  });
  const recordedOn = data.consentRecordedOn ?? today(c.now);
  for (const purpose of CASE_CONSENT_PURPOSES)
    await repo.insertConsent(c.db, {
      orgId: c.org.orgId,
      id: newId(c.now.getTime()),
      caseId: id,
      purpose,
      granted: data.consents[purpose],
      recordedOn,
      recordedBy: c.actor.userId,
      createdAt: c.now,
    });
  for (const [i, act] of data.acts.entries()) await insertAct(c, id, act, `acts.${i}`);
  for (const [i, victim] of data.victims.entries()) await insertVictim(c, id, victim, `victims.${i}`);
  for (const perpetrator of data.perpetrators) await insertPerpetrator(c, id, perpetrator);
  const selfAssigned = c.org.role === 'paralegal';
  if (selfAssigned)
    await repo.insertAssignment(c.db, {
      orgId: c.org.orgId,
      caseId: id,
      userId: c.actor.userId,
      assignedBy: c.actor.userId,
      assignedAt: c.now,
    });
  await event(c, id, 'created', {
    channel: origin.intakeChannel,
    urgent: data.urgent,
    acts: data.acts.length,
    victims: data.victims.length,
    perpetrators: data.perpetrators.length,
  });
  if (selfAssigned) await event(c, id, 'assigned', { userId: c.actor.userId });
  await c.audit({
    action: 'hr_case.created',
    resourceType: 'hr_case',
    resourceId: id,
    details: {
      channel: origin.intakeChannel,
      urgent: data.urgent,
      acts: data.acts.length,
      victims: data.victims.length,
      perpetrators: data.perpetrators.length,
      narrative: !!data.narrative,
    },
  });
  return { id, reference };
}

/** The queue (urgent active cases first) with non-sensitive fields only. */
export async function listCases(ctx: ServiceContext, query: CaseListQuery): Promise<CaseList> {
  const c = orgContext(ctx);
  const rows = await repo.listCases(c.db, c.org.orgId, c.actor.userId, {
    status: query.status,
    urgent: query.urgent,
    assignedTo: query.mine ? c.actor.userId : undefined,
    actType: query.actType,
    limit: query.limit,
  });
  return { cases: rows.map(presentCaseListItem) };
}

/**
 * A case: its non-sensitive fields for every case reader; the narrative, perpetrator names, victims'
 * member codes and break-the-glass reasons only with sensitive access. Every read is audited as a
 * sensitive read (it shows in the case's "who viewed"), whatever it revealed.
 */
export async function getCase(ctx: ServiceContext, caseId: string): Promise<CaseView> {
  const c = orgContext(ctx);
  const access = await requireCaseAccess(c, caseId, 'basic');
  const view = await presentCase(c, access);
  await c.audit({
    action: 'hr_case.read',
    resourceType: 'hr_case',
    resourceId: caseId,
    sensitiveRead: true,
    details: { sensitive: access.access !== 'none', access: access.access },
  });
  return view;
}

async function presentCase(c: OrgServiceContext, { row, access, breakGlassExpiresAt }: CaseAccess) {
  const orgId = c.org.orgId;
  const sensitive = access !== 'none';
  const keyring = c.deps.keyring;
  const [consents, acts, victims, perpetrators, assignees, glass, areaName] = await Promise.all([
    repo.listConsents(c.db, orgId, row.id),
    repo.listActs(c.db, orgId, row.id),
    repo.listVictims(c.db, orgId, row.id),
    repo.listPerpetrators(c.db, orgId, row.id),
    repo.listAssignees(c.db, orgId, row.id),
    sensitive ? repo.listBreakGlass(c.db, orgId, row.id) : Promise.resolve([]),
    repo.areaName(c.db, orgId, row.areaId),
  ]);
  const current = currentConsents(consents);
  const readsReasons = access === 'coordinator' || access === 'assigned';
  const breakGlass: BreakGlassView[] = [];
  for (const entry of glass)
    breakGlass.push({
      id: entry.id,
      userId: entry.userId,
      displayName: entry.displayName,
      grantedAt: entry.grantedAt.toISOString(),
      expiresAt: entry.expiresAt.toISOString(),
      active: isBreakGlassActive(entry, c.now),
      reason: readsReasons
        ? await keyring.decryptText(orgId, entry.reasonEnc, reasonAad(orgId, entry.id))
        : null,
    });
  return {
    id: row.id,
    reference: row.reference,
    status: row.status,
    outcome: row.outcome,
    urgent: row.urgent,
    occurredOn: row.occurredOn,
    occurredPrecision: row.occurredPrecision,
    areaId: row.areaId,
    areaName,
    locationType: row.locationType,
    sourceType: row.sourceType,
    sourceReliability: row.sourceReliability,
    needs: row.needs as CaseView['needs'],
    intakeChannel: row.intakeChannel,
    selfReportId: row.selfReportId,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    closedAt: row.closedAt?.toISOString() ?? null,
    consents: current,
    consentHistory: consents.map((consent) => ({
      id: consent.id,
      purpose: consent.purpose,
      granted: consent.granted,
      recordedOn: consent.recordedOn,
      recordedBy: consent.recordedBy,
      createdAt: consent.createdAt.toISOString(),
    })),
    acts: acts.map((act) => ({
      id: act.id,
      actType: act.actType,
      method: act.method,
      consequences: act.consequences as CaseView['acts'][number]['consequences'],
    })),
    victims: victims.map((victim) => ({
      id: victim.id,
      kind: victim.memberId ? ('member' as const) : ('anonymous' as const),
      count: victim.anonymousCount ?? 1,
      memberId: sensitive ? victim.memberId : null,
      memberCode: sensitive && victim.displayCode ? formatDisplayCode(victim.displayCode) : null,
    })),
    perpetrators: await Promise.all(
      perpetrators.map(async (perpetrator) => ({
        id: perpetrator.id,
        perpetratorType: perpetrator.perpetratorType as CaseView['perpetrators'][number]['perpetratorType'],
        state: isStatePerpetrator(
          perpetrator.perpetratorType as CaseView['perpetrators'][number]['perpetratorType'],
        ),
        count: perpetrator.count,
        hasName: perpetrator.nameEnc !== null,
        name: sensitive
          ? await keyring.decryptNullable(orgId, perpetrator.nameEnc, nameAad(orgId, perpetrator.id))
          : null,
      })),
    ),
    assignees: assignees.map((assignee) => ({
      userId: assignee.userId,
      displayName: assignee.displayName,
      assignedAt: assignee.assignedAt.toISOString(),
    })),
    breakGlass,
    access,
    breakGlassExpiresAt: breakGlassExpiresAt?.toISOString() ?? null,
    narrative: sensitive
      ? await keyring.decryptNullable(orgId, row.narrativeEnc, narrativeAad(orgId, row.id))
      : null,
    hasNarrative: row.narrativeEnc !== null,
    nextStatuses: [...nextStatuses(row.status)],
  } satisfies CaseView;
}

/** Edits the case's own fields (assigned paralegals and coordinators); the audit lists field names only. */
export async function updateCase(ctx: ServiceContext, caseId: string, input: CaseUpdateInput) {
  const c = orgContext(ctx);
  const access = await requireCaseAccess(c, caseId, 'sensitive');
  requireEditable(access);
  await requireArea(c, input.areaId);
  const values: Parameters<typeof repo.updateCase>[3] = { updatedAt: c.now };
  const fields: string[] = [];
  const set = <K extends keyof typeof values>(key: K, value: (typeof values)[K] | undefined) => {
    if (value === undefined) return;
    values[key] = value;
    fields.push(key);
  };
  set('urgent', input.urgent);
  set('occurredOn', input.occurredOn);
  set('occurredPrecision', input.occurredPrecision);
  set('areaId', input.areaId);
  set('locationType', input.locationType);
  set('sourceType', input.sourceType);
  set('sourceReliability', input.sourceReliability);
  set('needs', input.needs ? [...input.needs] : undefined);
  if (input.narrative !== undefined) {
    values.narrativeEnc = await c.deps.keyring.encryptNullable(
      c.org.orgId,
      input.narrative,
      narrativeAad(c.org.orgId, caseId),
    );
    fields.push('narrative');
  }
  await repo.updateCase(c.db, c.org.orgId, caseId, values);
  await event(c, caseId, 'updated', { fields: fields.join(',') });
  if (input.urgent !== undefined && input.urgent !== access.row.urgent)
    await event(c, caseId, 'urgency_changed', { urgent: input.urgent });
  await c.audit({
    action: 'hr_case.updated',
    resourceType: 'hr_case',
    resourceId: caseId,
    details: { fields: fields.join(',') },
  });
  return { ok: true as const };
}

/** open → in progress → closed (with outcome) → archived; the rules are in src/domain/cases.ts. */
export async function changeStatus(ctx: ServiceContext, caseId: string, input: CaseStatusInput) {
  const c = orgContext(ctx);
  const { row } = await requireCaseAccess(c, caseId, 'sensitive');
  const check = checkTransition(row.status, input.status, input.outcome ?? null, row.outcome);
  if (!check.ok)
    throw check.reason === 'not_allowed'
      ? new AppError('conflict', { field: 'status' })
      : new AppError('validation', { field: 'outcome' });
  const moved = await repo.updateCaseStatusFrom(c.db, c.org.orgId, caseId, row.status, {
    status: input.status,
    outcome: check.outcome,
    updatedAt: c.now,
    ...(check.closedAt === 'set'
      ? { closedAt: c.now }
      : check.closedAt === 'clear'
        ? { closedAt: null }
        : {}),
  });
  // A second, concurrent request for the same move finds the case already moved: one event only.
  if (!moved) throw new AppError('conflict', { field: 'status' });
  await event(c, caseId, 'status_changed', { from: row.status, to: input.status, outcome: check.outcome });
  await c.audit({
    action: 'hr_case.status_changed',
    resourceType: 'hr_case',
    resourceId: caseId,
    details: { from: row.status, to: input.status, outcome: check.outcome },
  });
  return { status: input.status, outcome: check.outcome };
}

/** A consent answer for one purpose; a withdrawal is a new `granted: false` entry (append-only). */
export async function recordConsent(ctx: ServiceContext, caseId: string, input: CaseConsentInput) {
  const c = orgContext(ctx);
  await requireCaseAccess(c, caseId, 'sensitive');
  const id = newId(c.now.getTime());
  await repo.insertConsent(c.db, {
    orgId: c.org.orgId,
    id,
    caseId,
    purpose: input.purpose,
    granted: input.granted,
    recordedOn: input.recordedOn ?? today(c.now),
    recordedBy: c.actor.userId,
    createdAt: c.now,
  });
  await touch(c, caseId);
  await event(c, caseId, 'consent', { purpose: input.purpose, granted: input.granted });
  await c.audit({
    action: input.granted ? 'hr_case.consent_granted' : 'hr_case.consent_withdrawn',
    resourceType: 'hr_case',
    resourceId: caseId,
    details: { purpose: input.purpose },
  });
  return { id };
}

export async function addAct(ctx: ServiceContext, caseId: string, input: ActInput) {
  const c = orgContext(ctx);
  requireEditable(await requireCaseAccess(c, caseId, 'sensitive'));
  const { id, inserted } = await insertAct(c, caseId, input, '');
  if (inserted) {
    await touch(c, caseId);
    await event(c, caseId, 'act_added', { actType: input.actType });
    await c.audit({
      action: 'hr_case.act_added',
      resourceType: 'hr_case',
      resourceId: caseId,
      details: { actId: id },
    });
  }
  return { id };
}

export async function removeAct(ctx: ServiceContext, caseId: string, actId: string) {
  const c = orgContext(ctx);
  requireEditable(await requireCaseAccess(c, caseId, 'sensitive'));
  if ((await repo.countActs(c.db, c.org.orgId, caseId)) <= 1) {
    // A case documents at least one act; the last one is replaced, not removed.
    const acts = await repo.listActs(c.db, c.org.orgId, caseId);
    if (acts.some((act) => act.id === actId)) throw new AppError('conflict', { field: 'acts' });
  }
  if (!(await repo.deleteAct(c.db, c.org.orgId, caseId, actId))) throw new AppError('not_found');
  await touch(c, caseId);
  await event(c, caseId, 'act_removed', { actId });
  await c.audit({
    action: 'hr_case.act_removed',
    resourceType: 'hr_case',
    resourceId: caseId,
    details: { actId },
  });
  return { ok: true as const };
}

export async function addVictim(ctx: ServiceContext, caseId: string, input: VictimInput) {
  const c = orgContext(ctx);
  requireEditable(await requireCaseAccess(c, caseId, 'sensitive'));
  const { id, inserted, kind } = await insertVictim(c, caseId, input, '');
  if (!inserted) {
    // The same member twice, or a retried create: neither adds anyone.
    if (kind === 'member') throw new AppError('conflict', { field: 'memberCode' });
    return { id };
  }
  await touch(c, caseId);
  await event(c, caseId, 'victim_added', { kind });
  await c.audit({
    action: 'hr_case.victim_added',
    resourceType: 'hr_case',
    resourceId: caseId,
    details: { victimId: id, member: kind === 'member' },
  });
  return { id };
}

export async function removeVictim(ctx: ServiceContext, caseId: string, victimId: string) {
  const c = orgContext(ctx);
  requireEditable(await requireCaseAccess(c, caseId, 'sensitive'));
  if ((await repo.countVictims(c.db, c.org.orgId, caseId)) <= 1) {
    const victims = await repo.listVictims(c.db, c.org.orgId, caseId);
    if (victims.some((victim) => victim.id === victimId))
      throw new AppError('conflict', { field: 'victims' });
  }
  if (!(await repo.deleteVictim(c.db, c.org.orgId, caseId, victimId))) throw new AppError('not_found');
  await touch(c, caseId);
  await event(c, caseId, 'victim_removed', { victimId });
  await c.audit({
    action: 'hr_case.victim_removed',
    resourceType: 'hr_case',
    resourceId: caseId,
    details: { victimId },
  });
  return { ok: true as const };
}

export async function addPerpetrator(ctx: ServiceContext, caseId: string, input: PerpetratorInput) {
  const c = orgContext(ctx);
  requireEditable(await requireCaseAccess(c, caseId, 'sensitive'));
  const { id, inserted } = await insertPerpetrator(c, caseId, input);
  if (inserted) {
    await touch(c, caseId);
    await event(c, caseId, 'perpetrator_added', { perpetratorType: input.perpetratorType });
    await c.audit({
      action: 'hr_case.perpetrator_added',
      resourceType: 'hr_case',
      resourceId: caseId,
      details: { perpetratorId: id, named: !!input.name },
    });
  }
  return { id };
}

export async function removePerpetrator(ctx: ServiceContext, caseId: string, perpetratorId: string) {
  const c = orgContext(ctx);
  requireEditable(await requireCaseAccess(c, caseId, 'sensitive'));
  if (!(await repo.deletePerpetrator(c.db, c.org.orgId, caseId, perpetratorId)))
    throw new AppError('not_found');
  await touch(c, caseId);
  await event(c, caseId, 'perpetrator_removed', { perpetratorId });
  await c.audit({
    action: 'hr_case.perpetrator_removed',
    resourceType: 'hr_case',
    resourceId: caseId,
    details: { perpetratorId },
  });
  return { ok: true as const };
}

/** A coordinator assigns a paralegal of the organization to the case. */
export async function assign(ctx: ServiceContext, caseId: string, userId: string) {
  const c = orgContext(ctx);
  await requireCaseAccess(c, caseId, 'sensitive');
  const role = await repo.activeRoleOf(c.db, c.org.orgId, userId);
  if (role !== 'paralegal') throw new AppError('validation', { field: 'userId' });
  const inserted = await repo.insertAssignment(c.db, {
    orgId: c.org.orgId,
    caseId,
    userId,
    assignedBy: c.actor.userId,
    assignedAt: c.now,
  });
  if (inserted) {
    await touch(c, caseId);
    await event(c, caseId, 'assigned', { userId });
    await c.audit({
      action: 'hr_case.assigned',
      resourceType: 'hr_case',
      resourceId: caseId,
      details: { userId },
    });
  }
  return { ok: true as const };
}

export async function unassign(ctx: ServiceContext, caseId: string, userId: string) {
  const c = orgContext(ctx);
  await requireCaseAccess(c, caseId, 'sensitive');
  if (!(await repo.deleteAssignment(c.db, c.org.orgId, caseId, userId))) throw new AppError('not_found');
  await touch(c, caseId);
  await event(c, caseId, 'unassigned', { userId });
  await c.audit({
    action: 'hr_case.unassigned',
    resourceType: 'hr_case',
    resourceId: caseId,
    details: { userId },
  });
  return { ok: true as const };
}

/**
 * Break-the-glass: someone who works cases but is not assigned opens the sensitive fields for three
 * hours (by the injectable clock), giving a reason. Recorded, audited, on the timeline, and listed on
 * the case for its assigned paralegals (with the reason).
 */
export async function breakGlass(ctx: ServiceContext, caseId: string, reason: string) {
  const c = orgContext(ctx);
  await requireCaseAccess(c, caseId, 'basic');
  if (!isAllowed(c.org.role, 'hr_case_sensitive', 'break_glass', c.org.level))
    throw new AppError('forbidden');
  const id = newId(c.now.getTime());
  const expiresAt = breakGlassExpiresAt(c.now);
  await repo.insertBreakGlass(c.db, {
    orgId: c.org.orgId,
    id,
    caseId,
    userId: c.actor.userId,
    reasonEnc: await c.deps.keyring.encryptText(c.org.orgId, reason, reasonAad(c.org.orgId, id)),
    grantedAt: c.now,
    expiresAt,
  });
  await event(c, caseId, 'break_glass', { userId: c.actor.userId, breakGlassId: id });
  await c.audit({
    action: 'hr_case.break_glass',
    resourceType: 'hr_case',
    resourceId: caseId,
    details: { breakGlassId: id, hours: 3 },
  });
  return { id, expiresAt: expiresAt.toISOString() };
}

/** Who opened this case (every read is a sensitive read), for the people who work it. */
export async function listCaseViewers(ctx: ServiceContext, caseId: string) {
  const c = orgContext(ctx);
  await requireCaseAccess(c, caseId, 'sensitive');
  const rows = await listViewers(c.db, c.org.orgId, 'hr_case', caseId);
  return { viewers: rows.map((row) => ({ actor: row.actor, role: row.role, at: row.at.toISOString() })) };
}

/** The case's timeline: kinds, actors and ids/enums — nothing sensitive, for every case reader. */
export async function getTimeline(ctx: ServiceContext, caseId: string): Promise<CaseTimeline> {
  const c = orgContext(ctx);
  await requireCaseAccess(c, caseId, 'basic');
  return { events: (await repo.listEvents(c.db, c.org.orgId, caseId)).map(presentEvent) };
}

export async function listActTypes(ctx: ServiceContext): Promise<ActTypeList> {
  const c = orgContext(ctx);
  return { actTypes: (await repo.listActTypes(c.db, c.org.orgId)).map(presentActType) };
}

/**
 * Replaces the organization's list: the given types in the given order; a type left out is
 * deactivated (acts already recorded keep it), never deleted.
 */
export async function putActTypes(ctx: ServiceContext, input: ActTypesInput): Promise<ActTypeList> {
  const c = orgContext(ctx);
  const existing = await repo.listActTypes(c.db, c.org.orgId);
  const given = new Set(input.actTypes.map((type) => type.key));
  for (const [position, type] of input.actTypes.entries())
    await repo.upsertActType(c.db, {
      orgId: c.org.orgId,
      key: type.key,
      labels: { ...type.labels },
      active: type.active,
      position,
    });
  let position = input.actTypes.length;
  for (const type of existing)
    if (!given.has(type.key))
      await repo.upsertActType(c.db, { ...type, active: false, position: position++ });
  await c.audit({
    action: 'hr_case.act_types_updated',
    resourceType: 'hr_act_types',
    details: { count: input.actTypes.length },
  });
  return listActTypes(c);
}
