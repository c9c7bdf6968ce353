import {
  addDays,
  canMoveStage,
  daysBetween,
  feeSummary,
  isoDay,
  REPORT_DUE_SOON_DAYS,
  reportingTimeliness,
  reportState,
} from '../../../domain/grants';
import type {
  DueReportList,
  FeeCreateInput,
  FeeList,
  FeeUpdateInput,
  FeeView,
  GrantCreateInput,
  GrantList,
  GrantReportCreateInput,
  GrantReportUpdateInput,
  GrantReportView,
  GrantUpdateInput,
  GrantView,
  OpportunityCreateInput,
  OpportunityList,
  OpportunityUpdateInput,
  OpportunityView,
} from '../../../domain/grants.schemas';
import { newId } from '../../../domain/ids';
import { normalizeDisplayCodeQuery } from '../../../domain/members';
import { AppError } from '../../platform/errors';
import { orgContext, type OrgServiceContext, type ServiceContext } from '../../platform/http/route-spec';
import { presentFee, presentGrant, presentOpportunity, presentReport } from './grants.presenter';
import * as repo from './grants.repo';
import { opportunityNotesColumn } from './grants.tables';

const invalid = (field: string, reason = 'invalid_value') =>
  new AppError('validation', { field, params: { reason } });

// ── Grants

async function grantView(c: OrgServiceContext, row: repo.GrantRow): Promise<GrantView> {
  return presentGrant(row, await repo.listReports(c.db, c.org.orgId, [row.id]), c.now);
}

export async function listGrants(ctx: ServiceContext): Promise<GrantList> {
  const c = orgContext(ctx);
  const rows = await repo.listGrants(c.db, c.org.orgId);
  const reports = await repo.listReports(c.db, c.org.orgId);
  const byGrant = new Map<string, repo.GrantReportRow[]>();
  for (const report of reports) byGrant.set(report.grantId, [...(byGrant.get(report.grantId) ?? []), report]);
  return {
    grants: rows.map((row) => presentGrant(row, byGrant.get(row.id) ?? [], c.now)),
    timeliness: reportingTimeliness(reports, isoDay(c.now)),
  };
}

export async function getGrant(ctx: ServiceContext, id: string): Promise<GrantView> {
  const c = orgContext(ctx);
  const row = await repo.findGrant(c.db, c.org.orgId, id);
  if (!row) throw new AppError('not_found');
  return grantView(c, row);
}

function reportRows(
  c: OrgServiceContext,
  grantId: string,
  inputs: GrantReportCreateInput[],
): repo.GrantReportRow[] {
  return inputs.map((input) => ({
    orgId: c.org.orgId,
    id: input.id ?? newId(c.now.getTime()),
    grantId,
    dueOn: input.dueOn,
    kind: input.kind,
    submittedOn: null,
    createdAt: c.now,
    updatedAt: c.now,
  }));
}

/** Creates a grant row (shared by the grant form and by awarding an opportunity). */
async function insertNewGrant(
  c: OrgServiceContext,
  input: Omit<GrantCreateInput, 'reports'>,
): Promise<{ row: repo.GrantRow; inserted: boolean }> {
  const id = input.id ?? newId(c.now.getTime());
  const row: repo.GrantRow = {
    orgId: c.org.orgId,
    id,
    funder: input.funder,
    title: input.title,
    amount: input.amount,
    currency: input.currency,
    startsOn: input.startsOn,
    endsOn: input.endsOn,
    status: input.status ?? 'active',
    createdBy: c.actor.userId,
    createdAt: c.now,
    updatedAt: c.now,
  };
  return { row, inserted: await repo.insertGrant(c.db, row) };
}

export async function createGrant(ctx: ServiceContext, input: GrantCreateInput): Promise<GrantView> {
  const c = orgContext(ctx);
  const { row, inserted } = await insertNewGrant(c, input);
  if (!inserted) {
    // A retry of the same create (client-generated id) answers with the record; anything else conflicts.
    const existing = await repo.findGrant(c.db, c.org.orgId, row.id);
    if (!existing || existing.title !== input.title || existing.funder !== input.funder)
      throw new AppError('conflict', { field: 'id' });
    return grantView(c, existing);
  }
  const reports = await repo.insertReports(c.db, reportRows(c, row.id, input.reports ?? []));
  await ctx.audit({
    action: 'grant.created',
    resourceType: 'grant',
    resourceId: row.id,
    details: { reports },
  });
  return grantView(c, row);
}

export async function updateGrant(
  ctx: ServiceContext,
  id: string,
  input: GrantUpdateInput,
): Promise<GrantView> {
  const c = orgContext(ctx);
  const existing = await repo.findGrant(c.db, c.org.orgId, id);
  if (!existing) throw new AppError('not_found');
  const startsOn = input.startsOn ?? existing.startsOn;
  const endsOn = input.endsOn ?? existing.endsOn;
  if (endsOn < startsOn) throw invalid(input.endsOn ? 'endsOn' : 'startsOn');
  const { ...values } = input;
  await repo.updateGrant(c.db, c.org.orgId, id, { ...values, updatedAt: c.now });
  await ctx.audit({
    action: 'grant.updated',
    resourceType: 'grant',
    resourceId: id,
    details: { fields: Object.keys(input).sort().join(',') },
  });
  return grantView(c, (await repo.findGrant(c.db, c.org.orgId, id))!);
}

export async function addReport(
  ctx: ServiceContext,
  grantId: string,
  input: GrantReportCreateInput,
): Promise<GrantReportView> {
  const c = orgContext(ctx);
  if (!(await repo.findGrant(c.db, c.org.orgId, grantId))) throw new AppError('not_found');
  const [row] = reportRows(c, grantId, [input]);
  const inserted = await repo.insertReports(c.db, [row!]);
  const stored = await repo.findReport(c.db, c.org.orgId, row!.id);
  if (!stored || stored.grantId !== grantId) throw new AppError('conflict', { field: 'id' });
  if (inserted)
    await ctx.audit({
      action: 'grant.report_added',
      resourceType: 'grant',
      resourceId: grantId,
      details: { reportId: row!.id },
    });
  return presentReport(stored, isoDay(c.now));
}

export async function updateReport(
  ctx: ServiceContext,
  reportId: string,
  input: GrantReportUpdateInput,
): Promise<GrantReportView> {
  const c = orgContext(ctx);
  const existing = await repo.findReport(c.db, c.org.orgId, reportId);
  if (!existing) throw new AppError('not_found');
  if (input.submittedOn && input.submittedOn > isoDay(c.now)) throw invalid('submittedOn', 'not_in_future');
  await repo.updateReport(c.db, c.org.orgId, reportId, { ...input, updatedAt: c.now });
  await ctx.audit({
    action: 'grant.report_updated',
    resourceType: 'grant',
    resourceId: existing.grantId,
    details: { reportId, submitted: input.submittedOn !== undefined ? input.submittedOn !== null : null },
  });
  return presentReport((await repo.findReport(c.db, c.org.orgId, reportId))!, isoDay(c.now));
}

/** The home card: reports not submitted that are overdue or due within 30 days. */
export async function dueReports(ctx: ServiceContext): Promise<DueReportList> {
  const c = orgContext(ctx);
  const today = isoDay(c.now);
  const rows = await repo.listOpenReportsDueBy(c.db, c.org.orgId, addDays(today, REPORT_DUE_SOON_DAYS));
  return {
    reports: rows.map(({ report, grantTitle, funder }) => ({
      id: report.id,
      grantId: report.grantId,
      grantTitle,
      funder,
      dueOn: report.dueOn,
      kind: report.kind,
      state: reportState(report, today),
      daysLeft: daysBetween(today, report.dueOn),
    })),
  };
}

// ── Resource-mobilization pipeline

const notesAad = (orgId: string, id: string) => opportunityNotesColumn.aad({ org_id: orgId, id });

async function opportunityView(c: OrgServiceContext, row: repo.OpportunityRow): Promise<OpportunityView> {
  const notes = await c.deps.keyring.decryptNullable(c.org.orgId, row.notesEnc, notesAad(row.orgId, row.id));
  return presentOpportunity(row, notes);
}

export async function listOpportunities(ctx: ServiceContext): Promise<OpportunityList> {
  const c = orgContext(ctx);
  const rows = await repo.listOpportunities(c.db, c.org.orgId);
  const byStage = { opportunity: 0, proposal: 0, awarded: 0, declined: 0 };
  for (const row of rows) byStage[row.stage]++;
  return { opportunities: await Promise.all(rows.map((row) => opportunityView(c, row))), byStage };
}

export async function createOpportunity(
  ctx: ServiceContext,
  input: OpportunityCreateInput,
): Promise<OpportunityView> {
  const c = orgContext(ctx);
  const id = input.id ?? newId(c.now.getTime());
  const row: repo.OpportunityRow = {
    orgId: c.org.orgId,
    id,
    funder: input.funder,
    title: input.title,
    amount: input.amount ?? null,
    currency: input.currency ?? null,
    deadline: input.deadline ?? null,
    stage: 'opportunity',
    grantId: null,
    notesEnc: await c.deps.keyring.encryptNullable(
      c.org.orgId,
      input.notes ?? null,
      notesAad(c.org.orgId, id),
    ),
    createdBy: c.actor.userId,
    createdAt: c.now,
    updatedAt: c.now,
  };
  if (!(await repo.insertOpportunity(c.db, row))) {
    const existing = await repo.findOpportunity(c.db, c.org.orgId, id);
    if (!existing || existing.title !== input.title || existing.funder !== input.funder)
      throw new AppError('conflict', { field: 'id' });
    return opportunityView(c, existing);
  }
  await ctx.audit({
    action: 'funding_opportunity.created',
    resourceType: 'funding_opportunity',
    resourceId: id,
  });
  return opportunityView(c, row);
}

/**
 * Edits an opportunity or moves it along the pipeline. Awarding links an existing grant (`grantId`)
 * or creates one from the opportunity for `grantPeriod` (its amount and currency must be known).
 */
export async function updateOpportunity(
  ctx: ServiceContext,
  id: string,
  input: OpportunityUpdateInput,
): Promise<OpportunityView> {
  const c = orgContext(ctx);
  const existing = await repo.findOpportunity(c.db, c.org.orgId, id);
  if (!existing) throw new AppError('not_found');
  const { notes, grantId: linkGrantId, grantPeriod, stage, ...fields } = input;
  const values: Parameters<typeof repo.updateOpportunity>[3] = { ...fields, updatedAt: c.now };
  if (notes !== undefined)
    values.notesEnc = await c.deps.keyring.encryptNullable(c.org.orgId, notes, notesAad(c.org.orgId, id));
  let createdGrantId: string | null = null;
  if (stage !== undefined && stage !== existing.stage) {
    if (!canMoveStage(existing.stage, stage)) throw invalid('stage', 'not_allowed');
    values.stage = stage;
    if (stage === 'awarded') {
      if (linkGrantId) {
        if (!(await repo.findGrant(c.db, c.org.orgId, linkGrantId))) throw invalid('grantId');
        values.grantId = linkGrantId;
      } else {
        if (!grantPeriod) throw invalid('grantPeriod', 'required');
        const amount = fields.amount !== undefined ? fields.amount : existing.amount;
        const currency = fields.currency !== undefined ? fields.currency : existing.currency;
        if (amount === null) throw invalid('amount', 'required');
        if (currency === null) throw invalid('currency', 'required');
        const { row } = await insertNewGrant(c, {
          funder: fields.funder ?? existing.funder,
          title: fields.title ?? existing.title,
          amount,
          currency,
          ...grantPeriod,
        });
        values.grantId = createdGrantId = row.id;
        await ctx.audit({
          action: 'grant.created',
          resourceType: 'grant',
          resourceId: row.id,
          details: { fromOpportunityId: id },
        });
      }
    }
  } else if (linkGrantId || grantPeriod)
    throw invalid(linkGrantId ? 'grantId' : 'grantPeriod', 'not_allowed');
  await repo.updateOpportunity(c.db, c.org.orgId, id, values);
  await ctx.audit({
    action: 'funding_opportunity.updated',
    resourceType: 'funding_opportunity',
    resourceId: id,
    details: {
      fields: Object.keys(input).sort().join(','),
      stage: values.stage ?? null,
      grantId: values.grantId ?? null,
      grantCreated: createdGrantId !== null,
    },
  });
  return opportunityView(c, (await repo.findOpportunity(c.db, c.org.orgId, id))!);
}

// ── Membership fees

export async function listFees(ctx: ServiceContext, period?: string): Promise<FeeList> {
  const c = orgContext(ctx);
  const rows = await repo.listFees(c.db, c.org.orgId, period);
  return {
    fees: rows.map(presentFee),
    summary: feeSummary(rows.map(({ fee }) => ({ ...fee, exemptionReason: fee.exemptionReason }))),
  };
}

export async function createFee(ctx: ServiceContext, input: FeeCreateInput): Promise<FeeView> {
  const c = orgContext(ctx);
  let memberId: string | null = null;
  if (input.memberCode) {
    memberId = await repo.findMemberIdByCode(c.db, c.org.orgId, normalizeDisplayCodeQuery(input.memberCode));
    if (!memberId) throw invalid('memberCode');
  }
  const id = input.id ?? newId(c.now.getTime());
  const row: repo.FeeRow = {
    orgId: c.org.orgId,
    id,
    memberId,
    period: input.period,
    amount: input.amount,
    currency: input.currency,
    status: input.status,
    exemptionReason: input.status === 'exempt' ? (input.exemptionReason ?? null) : null,
    createdBy: c.actor.userId,
    createdAt: c.now,
    updatedAt: c.now,
  };
  if (!(await repo.insertFee(c.db, row))) {
    const existing = await repo.findFee(c.db, c.org.orgId, id);
    if (!existing || existing.fee.memberId !== memberId || existing.fee.period !== input.period)
      throw new AppError('conflict', { field: 'id' });
    return presentFee(existing);
  }
  await ctx.audit({
    action: 'membership_fee.created',
    resourceType: 'membership_fee',
    resourceId: id,
    details: { status: input.status, withMember: memberId !== null },
  });
  return presentFee((await repo.findFee(c.db, c.org.orgId, id))!);
}

export async function updateFee(ctx: ServiceContext, id: string, input: FeeUpdateInput): Promise<FeeView> {
  const c = orgContext(ctx);
  const existing = await repo.findFee(c.db, c.org.orgId, id);
  if (!existing) throw new AppError('not_found');
  const status = input.status ?? existing.fee.status;
  let exemptionReason =
    input.exemptionReason !== undefined ? input.exemptionReason : existing.fee.exemptionReason;
  if (status !== 'exempt') exemptionReason = null;
  else if (exemptionReason === null) throw invalid('exemptionReason', 'required');
  await repo.updateFee(c.db, c.org.orgId, id, { ...input, status, exemptionReason, updatedAt: c.now });
  await ctx.audit({
    action: 'membership_fee.updated',
    resourceType: 'membership_fee',
    resourceId: id,
    details: { status },
  });
  return presentFee((await repo.findFee(c.db, c.org.orgId, id))!);
}
