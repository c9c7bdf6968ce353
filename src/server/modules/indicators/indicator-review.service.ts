import { monthBounds, quarterToDate, yearToDate } from '../../../domain/indicators';
import type {
  IndicatorActionCreateInput,
  IndicatorActionList,
  IndicatorActionStatus,
  IndicatorActionUpdateInput,
  IndicatorActionView,
  ReviewIndicatorView,
  ReviewNoteInput,
  ReviewView,
} from '../../../domain/indicators.schemas';
import { newId } from '../../../domain/ids';
import { dayOf } from '../../../domain/outreach';
import { AppError } from '../../platform/errors';
import { orgContext, type OrgServiceContext, type ServiceContext } from '../../platform/http/route-spec';
import * as reviewRepo from './indicator-review.repo';
import { figureFor } from './indicator-values';
import { presentAction } from './indicators.presenter';
import * as repo from './indicators.repo';
import { indicatorReviewNoteColumn } from './indicators.tables';
import { decryptLessons } from './indicator-lessons.service';

const noteAad = (orgId: string, id: string) => indicatorReviewNoteColumn.aad({ org_id: orgId, id });
const firstDay = (month: string) => `${month}-01`;
const invalid = (field: string, reason = 'invalid_value') =>
  new AppError('validation', { field, params: { reason } });

export async function presentActions(
  c: OrgServiceContext,
  rows: reviewRepo.ActionRow[],
): Promise<IndicatorActionView[]> {
  const names = await repo.displayNames(
    c.db,
    rows.map((row) => row.ownerUserId),
  );
  const today = dayOf(c.now);
  return rows.map((row) => presentAction(row, today, names.get(row.ownerUserId) ?? null));
}

/**
 * The monthly review: every active indicator's value against its month, quarter-to-date and
 * year-to-date targets, with what happened (decrypted), action items and lessons. Reading the notes
 * and lessons is an audited sensitive read.
 */
/** Every active indicator's figures for the month, quarter to date and year to date (no notes). */
export async function computeFigures(c: OrgServiceContext, month: string) {
  const orgId = c.org.orgId;
  const indicators = await repo.listIndicators(c.db, orgId, { activeOnly: true });
  const targets = await repo.listTargets(
    c.db,
    orgId,
    indicators.map((row) => row.id),
  );
  const quarter = quarterToDate(month);
  const year = yearToDate(month);
  const targetOf = (id: string, periodType: 'month' | 'quarter' | 'year', start: string) =>
    targets.find(
      (t) => t.indicatorId === id && t.periodType === periodType && t.periodStart === firstDay(start),
    );
  const figures = [];
  for (const indicator of indicators)
    figures.push({
      indicator,
      month: await figureFor(c.db, indicator, monthBounds(month), targetOf(indicator.id, 'month', month)),
      quarter: await figureFor(
        c.db,
        indicator,
        quarter,
        targetOf(indicator.id, 'quarter', quarter.periodStart),
      ),
      year: await figureFor(c.db, indicator, year, targetOf(indicator.id, 'year', year.periodStart)),
    });
  return figures;
}

/**
 * The monthly review: every active indicator's value against its month, quarter-to-date and
 * year-to-date targets, with what happened (decrypted), action items and lessons. Reading the notes
 * and lessons is an audited sensitive read.
 */
export async function getReview(ctx: ServiceContext, month: string): Promise<ReviewView> {
  const c = orgContext(ctx);
  const orgId = c.org.orgId;
  const figures = await computeFigures(c, month);
  const notes = await reviewRepo.listNotes(c.db, orgId, firstDay(month));
  const views: ReviewIndicatorView[] = [];
  for (const { indicator, ...periods } of figures) {
    const note = notes.find((row) => row.indicatorId === indicator.id);
    views.push({
      id: indicator.id,
      name: indicator.name,
      kind: indicator.kind,
      sourceKey: indicator.sourceKey,
      denominatorSourceKey: indicator.denominatorSourceKey,
      ...periods,
      note: note ? await c.deps.keyring.decryptText(orgId, note.noteEnc, noteAad(orgId, note.id)) : null,
    });
  }
  const actions = await presentActions(c, await reviewRepo.listActionsOfMonth(c.db, orgId, firstDay(month)));
  const lessons = await decryptLessons(c, await reviewRepo.listLessons(c.db, orgId, firstDay(month)));
  await ctx.audit({
    action: 'indicator_review.read',
    resourceType: 'indicator_review',
    resourceId: null,
    sensitiveRead: true,
    details: { month, notes: notes.length, lessons: lessons.length },
  });
  return { month, today: dayOf(c.now), indicators: views, actions, lessons };
}

/** Writes (or with an empty/null note, removes) what happened for one indicator in one month. */
export async function setNote(
  ctx: ServiceContext,
  month: string,
  indicatorId: string,
  input: ReviewNoteInput,
): Promise<{ indicatorId: string; month: string; note: string | null }> {
  const c = orgContext(ctx);
  const orgId = c.org.orgId;
  if (!(await repo.findIndicator(c.db, orgId, indicatorId))) throw new AppError('not_found');
  const text = input.note ? input.note : null;
  const current = await reviewRepo.findNote(c.db, orgId, indicatorId, firstDay(month));
  if (text === null) {
    if (current) await reviewRepo.deleteNote(c.db, orgId, current.id);
  } else if (current) {
    const noteEnc = await c.deps.keyring.encryptText(orgId, text, noteAad(orgId, current.id));
    await reviewRepo.updateNote(c.db, orgId, current.id, {
      noteEnc,
      updatedBy: c.actor.userId,
      updatedAt: c.now,
    });
  } else {
    const id = newId(c.now.getTime());
    await reviewRepo.insertNote(c.db, {
      orgId,
      id,
      indicatorId,
      month: firstDay(month),
      noteEnc: await c.deps.keyring.encryptText(orgId, text, noteAad(orgId, id)),
      updatedBy: c.actor.userId,
      updatedAt: c.now,
    });
  }
  await ctx.audit({
    action: 'indicator_review.note_set',
    resourceType: 'indicator',
    resourceId: indicatorId,
    details: { month, removed: text === null },
  });
  return { indicatorId, month, note: text };
}

async function checkOwner(c: OrgServiceContext, userId: string): Promise<void> {
  if (!(await repo.isActiveStaff(c.db, c.org.orgId, userId))) throw invalid('ownerUserId');
}

async function checkIndicator(c: OrgServiceContext, indicatorId: string | null | undefined): Promise<void> {
  if (indicatorId && !(await repo.findIndicator(c.db, c.org.orgId, indicatorId)))
    throw invalid('indicatorId');
}

export async function createAction(
  ctx: ServiceContext,
  month: string,
  input: IndicatorActionCreateInput,
): Promise<IndicatorActionView> {
  const c = orgContext(ctx);
  await checkIndicator(c, input.indicatorId);
  await checkOwner(c, input.ownerUserId);
  const id = input.id ?? newId(c.now.getTime());
  const row: reviewRepo.ActionRow = {
    orgId: c.org.orgId,
    id,
    indicatorId: input.indicatorId ?? null,
    month: firstDay(month),
    title: input.title,
    ownerUserId: input.ownerUserId,
    dueOn: input.dueOn,
    status: 'open',
    completedOn: null,
    createdBy: c.actor.userId,
    createdAt: c.now,
    updatedAt: c.now,
  };
  if (!(await reviewRepo.insertAction(c.db, row))) {
    const existing = await reviewRepo.findAction(c.db, c.org.orgId, id);
    if (!existing || existing.title !== input.title) throw new AppError('conflict', { field: 'id' });
    return (await presentActions(c, [existing]))[0]!;
  }
  await ctx.audit({
    action: 'indicator_action.created',
    resourceType: 'indicator_action',
    resourceId: id,
    details: { month, indicator: row.indicatorId !== null },
  });
  return (await presentActions(c, [row]))[0]!;
}

function statusValues(status: IndicatorActionStatus, current: reviewRepo.ActionRow, today: string) {
  return { status, completedOn: status === 'done' ? (current.completedOn ?? today) : null };
}

export async function updateAction(
  ctx: ServiceContext,
  id: string,
  input: IndicatorActionUpdateInput,
): Promise<IndicatorActionView> {
  const c = orgContext(ctx);
  const current = await reviewRepo.findAction(c.db, c.org.orgId, id);
  if (!current) throw new AppError('not_found');
  if (input.ownerUserId !== undefined) await checkOwner(c, input.ownerUserId);
  const values: Parameters<typeof reviewRepo.updateAction>[3] = { updatedAt: c.now };
  if (input.title !== undefined) values.title = input.title;
  if (input.ownerUserId !== undefined) values.ownerUserId = input.ownerUserId;
  if (input.dueOn !== undefined) values.dueOn = input.dueOn;
  if (input.status !== undefined) Object.assign(values, statusValues(input.status, current, dayOf(c.now)));
  const row = await reviewRepo.updateAction(c.db, c.org.orgId, id, values);
  if (!row) throw new AppError('not_found');
  await ctx.audit({
    action: 'indicator_action.updated',
    resourceType: 'indicator_action',
    resourceId: id,
    details: {
      status: input.status ?? null,
      owner: input.ownerUserId !== undefined,
      dueOn: input.dueOn !== undefined,
    },
  });
  return (await presentActions(c, [row]))[0]!;
}

/**
 * The owner of an action item marks it done (or open again). A coordinator may do it for anyone;
 * anyone else only for her own items (403 `forbidden` otherwise, after the item was found).
 */
export async function setActionStatus(
  ctx: ServiceContext,
  id: string,
  status: IndicatorActionStatus,
): Promise<IndicatorActionView> {
  const c = orgContext(ctx);
  const current = await reviewRepo.findAction(c.db, c.org.orgId, id);
  if (!current) throw new AppError('not_found');
  if (c.org.role !== 'coordinator' && current.ownerUserId !== c.actor.userId) throw new AppError('forbidden');
  if (status === 'dropped' && c.org.role !== 'coordinator') throw invalid('status');
  const row = await reviewRepo.updateAction(c.db, c.org.orgId, id, {
    ...statusValues(status, current, dayOf(c.now)),
    updatedAt: c.now,
  });
  if (!row) throw new AppError('not_found');
  await ctx.audit({
    action: 'indicator_action.status_set',
    resourceType: 'indicator_action',
    resourceId: id,
    details: { status, own: current.ownerUserId === c.actor.userId },
  });
  return (await presentActions(c, [row]))[0]!;
}

/** The caller's own open action items due within the next 7 days or overdue (the home card). */
export async function listMyActions(ctx: ServiceContext): Promise<IndicatorActionList> {
  const c = orgContext(ctx);
  const today = dayOf(c.now);
  const dueBy = dayOf(new Date(c.now.getTime() + 7 * 86_400_000));
  const rows = await reviewRepo.listOpenActionsOf(c.db, c.org.orgId, c.actor.userId, dueBy);
  return { today, actions: await presentActions(c, rows) };
}
