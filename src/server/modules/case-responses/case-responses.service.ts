import { and, asc, desc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import {
  canMoveIntervention,
  canMoveReferral,
  impactAllowed,
  type InterventionStatus,
} from '../../../domain/case-responses';
import type {
  InterventionUpdateInput,
  InterventionView,
  ReferralUpdateInput,
  ReferralView,
} from '../../../domain/case-responses.schemas';
import type {
  InterventionCreateInput as InterventionCreateSchema,
  ReferralCreateInput as ReferralCreateSchema,
} from '../../../domain/case-responses.schemas';
import { newId } from '../../../domain/ids';
import { AppError } from '../../platform/errors';
import { orgContext, type OrgServiceContext, type ServiceContext } from '../../platform/http/route-spec';
import { requireCaseAccess } from '../cases/cases.access';
import { recordCaseEvent } from '../cases/cases.events';
import {
  hrCaseReferrals,
  hrInterventionNotesColumn,
  hrInterventions,
  hrReferralNotesColumn,
} from './case-responses.tables';

type InterventionRow = typeof hrInterventions.$inferSelect;
type ReferralRow = typeof hrCaseReferrals.$inferSelect;
type InterventionCreate = z.output<typeof InterventionCreateSchema>;
type ReferralCreate = z.output<typeof ReferralCreateSchema>;

const invalid = (field: string, reason: string) => new AppError('validation', { field, params: { reason } });

/**
 * The case, for a write or a read of its responses: sensitive access (coordinator, assigned
 * paralegal or active break-the-glass; 403 `case_restricted` otherwise, 404 for another
 * organization's id). An archived case takes no new responses.
 */
export async function caseForResponses(ctx: ServiceContext, caseId: string, write: boolean) {
  const access = await requireCaseAccess(ctx, caseId, 'sensitive');
  if (write && access.row.status === 'archived') {
    throw new AppError('conflict', { messageKey: 'caseResponses.errors.archived' });
  }
  return access;
}

/** Every read of a case's responses is a sensitive read of the case (its "who viewed" list). */
export async function auditCaseRead(ctx: ServiceContext, caseId: string, section: string): Promise<void> {
  await ctx.audit({
    action: 'hr_case.responses_read',
    resourceType: 'hr_case',
    resourceId: caseId,
    sensitiveRead: true,
    details: { section },
  });
}

// ---- Interventions --------------------------------------------------------------------------------

const interventionAad = (orgId: string, id: string) => hrInterventionNotesColumn.aad({ org_id: orgId, id });

async function presentIntervention(c: OrgServiceContext, row: InterventionRow): Promise<InterventionView> {
  return {
    id: row.id,
    caseId: row.caseId,
    type: row.type,
    requestedParty: row.requestedParty,
    requestedOn: row.requestedOn,
    status: row.status,
    priority: row.priority,
    impact: row.impact,
    notes: await c.deps.keyring.decryptNullable(row.orgId, row.notesEnc, interventionAad(row.orgId, row.id)),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

async function findIntervention(c: OrgServiceContext, caseId: string, id: string) {
  const [row] = await c.db
    .select()
    .from(hrInterventions)
    .where(
      and(
        eq(hrInterventions.orgId, c.org.orgId),
        eq(hrInterventions.caseId, caseId),
        eq(hrInterventions.id, id),
      ),
    );
  return row ?? null;
}

export async function listInterventions(ctx: ServiceContext, caseId: string): Promise<InterventionView[]> {
  const c = orgContext(ctx);
  await caseForResponses(c, caseId, false);
  const rows = await c.db
    .select()
    .from(hrInterventions)
    .where(and(eq(hrInterventions.orgId, c.org.orgId), eq(hrInterventions.caseId, caseId)))
    .orderBy(asc(hrInterventions.createdAt), asc(hrInterventions.id));
  await auditCaseRead(c, caseId, 'interventions');
  return Promise.all(rows.map((row) => presentIntervention(c, row)));
}

function checkImpact(status: InterventionStatus, impact: string | null | undefined) {
  if (impact && !impactAllowed(status)) throw invalid('impact', 'impact_before_end');
}

export async function createIntervention(
  ctx: ServiceContext,
  caseId: string,
  input: InterventionCreate,
): Promise<InterventionView> {
  const c = orgContext(ctx);
  await caseForResponses(c, caseId, true);
  checkImpact(input.status, input.impact);
  const orgId = c.org.orgId;
  const id = input.id ?? newId(c.now.getTime());
  const row: InterventionRow = {
    orgId,
    id,
    caseId,
    type: input.type,
    requestedParty: input.requestedParty ?? null,
    requestedOn: input.requestedOn ?? null,
    status: input.status,
    priority: input.priority,
    impact: input.impact ?? null,
    notesEnc: await c.deps.keyring.encryptNullable(orgId, input.notes, interventionAad(orgId, id)),
    createdBy: c.actor.userId,
    createdAt: c.now,
    updatedAt: c.now,
  };
  const inserted = await c.db.insert(hrInterventions).values(row).onConflictDoNothing().returning();
  if (inserted.length === 0) {
    // A retry of the same create (client id) answers the record; the id of anything else conflicts.
    const existing = await findIntervention(c, caseId, id);
    if (!existing || existing.type !== input.type) throw new AppError('conflict', { field: 'id' });
    return presentIntervention(c, existing);
  }
  await recordCaseEvent(c.db, {
    orgId,
    caseId,
    kind: 'intervention',
    actorUserId: c.actor.userId,
    details: { interventionId: id, change: 'created', type: row.type, status: row.status },
    at: c.now,
  });
  await c.audit({
    action: 'hr_intervention.created',
    resourceType: 'hr_intervention',
    resourceId: id,
    details: {
      caseId,
      type: row.type,
      status: row.status,
      priority: row.priority,
      notes: row.notesEnc !== null,
    },
  });
  return presentIntervention(c, row);
}

export async function updateIntervention(
  ctx: ServiceContext,
  caseId: string,
  id: string,
  input: InterventionUpdateInput,
): Promise<InterventionView> {
  const c = orgContext(ctx);
  await caseForResponses(c, caseId, true);
  const current = await findIntervention(c, caseId, id);
  if (!current) throw new AppError('not_found');
  const status = input.status ?? current.status;
  if (!canMoveIntervention(current.status, status)) throw invalid('status', 'status_move');
  const impact = input.impact === undefined ? current.impact : input.impact;
  checkImpact(status, impact);
  const orgId = c.org.orgId;
  const values: Partial<InterventionRow> = { updatedAt: c.now, status, impact };
  if (input.type !== undefined) values.type = input.type;
  if (input.requestedParty !== undefined) values.requestedParty = input.requestedParty;
  if (input.requestedOn !== undefined) values.requestedOn = input.requestedOn;
  if (input.priority !== undefined) values.priority = input.priority;
  if (input.notes !== undefined)
    values.notesEnc = await c.deps.keyring.encryptNullable(orgId, input.notes, interventionAad(orgId, id));
  const [row] = await c.db
    .update(hrInterventions)
    .set(values)
    .where(and(eq(hrInterventions.orgId, orgId), eq(hrInterventions.id, id)))
    .returning();
  if (!row) throw new AppError('not_found');
  await recordCaseEvent(c.db, {
    orgId,
    caseId,
    kind: 'intervention',
    actorUserId: c.actor.userId,
    details: {
      interventionId: id,
      change: 'updated',
      type: row.type,
      status: row.status,
      ...(current.status !== row.status ? { from: current.status } : {}),
      ...(row.impact ? { impact: row.impact } : {}),
    },
    at: c.now,
  });
  await c.audit({
    action: 'hr_intervention.updated',
    resourceType: 'hr_intervention',
    resourceId: id,
    details: { caseId, fields: Object.keys(input).sort().join(','), status: row.status },
  });
  return presentIntervention(c, row);
}

// ---- Referrals ------------------------------------------------------------------------------------

const referralAad = (orgId: string, id: string) => hrReferralNotesColumn.aad({ org_id: orgId, id });

async function presentReferral(c: OrgServiceContext, row: ReferralRow): Promise<ReferralView> {
  return {
    id: row.id,
    caseId: row.caseId,
    partnerName: row.partnerName,
    service: row.service,
    referredOn: row.referredOn,
    status: row.status,
    notes: await c.deps.keyring.decryptNullable(row.orgId, row.notesEnc, referralAad(row.orgId, row.id)),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

async function findReferral(c: OrgServiceContext, caseId: string, id: string) {
  const [row] = await c.db
    .select()
    .from(hrCaseReferrals)
    .where(
      and(
        eq(hrCaseReferrals.orgId, c.org.orgId),
        eq(hrCaseReferrals.caseId, caseId),
        eq(hrCaseReferrals.id, id),
      ),
    );
  return row ?? null;
}

export async function listReferrals(ctx: ServiceContext, caseId: string): Promise<ReferralView[]> {
  const c = orgContext(ctx);
  await caseForResponses(c, caseId, false);
  const rows = await c.db
    .select()
    .from(hrCaseReferrals)
    .where(and(eq(hrCaseReferrals.orgId, c.org.orgId), eq(hrCaseReferrals.caseId, caseId)))
    .orderBy(desc(hrCaseReferrals.referredOn), asc(hrCaseReferrals.id));
  await auditCaseRead(c, caseId, 'referrals');
  return Promise.all(rows.map((row) => presentReferral(c, row)));
}

export async function createReferral(
  ctx: ServiceContext,
  caseId: string,
  input: ReferralCreate,
): Promise<ReferralView> {
  const c = orgContext(ctx);
  await caseForResponses(c, caseId, true);
  const orgId = c.org.orgId;
  const id = input.id ?? newId(c.now.getTime());
  const row: ReferralRow = {
    orgId,
    id,
    caseId,
    partnerName: input.partnerName,
    service: input.service,
    referredOn: input.referredOn,
    status: input.status,
    notesEnc: await c.deps.keyring.encryptNullable(orgId, input.notes, referralAad(orgId, id)),
    createdBy: c.actor.userId,
    createdAt: c.now,
    updatedAt: c.now,
  };
  const inserted = await c.db.insert(hrCaseReferrals).values(row).onConflictDoNothing().returning();
  if (inserted.length === 0) {
    const existing = await findReferral(c, caseId, id);
    if (!existing || existing.partnerName !== input.partnerName)
      throw new AppError('conflict', { field: 'id' });
    return presentReferral(c, existing);
  }
  await recordCaseEvent(c.db, {
    orgId,
    caseId,
    kind: 'referral',
    actorUserId: c.actor.userId,
    details: { referralId: id, change: 'created', status: row.status },
    at: c.now,
  });
  await c.audit({
    action: 'hr_referral.created',
    resourceType: 'hr_referral',
    resourceId: id,
    details: { caseId, status: row.status, notes: row.notesEnc !== null },
  });
  return presentReferral(c, row);
}

export async function updateReferral(
  ctx: ServiceContext,
  caseId: string,
  id: string,
  input: ReferralUpdateInput,
): Promise<ReferralView> {
  const c = orgContext(ctx);
  await caseForResponses(c, caseId, true);
  const current = await findReferral(c, caseId, id);
  if (!current) throw new AppError('not_found');
  const status = input.status ?? current.status;
  if (!canMoveReferral(current.status, status)) throw invalid('status', 'status_move');
  const orgId = c.org.orgId;
  const values: Partial<ReferralRow> = { updatedAt: c.now, status };
  if (input.partnerName !== undefined) values.partnerName = input.partnerName;
  if (input.service !== undefined) values.service = input.service;
  if (input.referredOn !== undefined) values.referredOn = input.referredOn;
  if (input.notes !== undefined)
    values.notesEnc = await c.deps.keyring.encryptNullable(orgId, input.notes, referralAad(orgId, id));
  const [row] = await c.db
    .update(hrCaseReferrals)
    .set(values)
    .where(and(eq(hrCaseReferrals.orgId, orgId), eq(hrCaseReferrals.id, id)))
    .returning();
  if (!row) throw new AppError('not_found');
  await recordCaseEvent(c.db, {
    orgId,
    caseId,
    kind: 'referral',
    actorUserId: c.actor.userId,
    details: {
      referralId: id,
      change: 'updated',
      status: row.status,
      ...(current.status !== row.status ? { from: current.status } : {}),
    },
    at: c.now,
  });
  await c.audit({
    action: 'hr_referral.updated',
    resourceType: 'hr_referral',
    resourceId: id,
    details: { caseId, fields: Object.keys(input).sort().join(','), status: row.status },
  });
  return presentReferral(c, row);
}
