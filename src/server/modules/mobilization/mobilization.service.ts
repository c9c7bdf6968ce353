import { newId } from '../../../domain/ids';
import {
  COMMEMORATIONS,
  MOBILIZATION_LIMITS,
  STANDARD_CHECKLIST_KEYS,
  missingForConfirmation,
  nextCommemorationDate,
  EventCreateInput as CreateSchema,
  type ChecklistItemCreateInput,
  type ChecklistItemUpdateInput,
  type EventCreateInput,
  type EventList,
  type EventListQuery,
  type EventStatusInput,
  type EventUpdateInput,
  type EventView,
} from '../../../domain/mobilization.schemas';
import { isAllowed } from '../../../domain/policy';
import { dayOf } from '../../../domain/outreach';
import { AppError } from '../../platform/errors';
import { orgContext, type OrgServiceContext, type ServiceContext } from '../../platform/http/route-spec';
import { presentEvent, presentEventSummary } from './mobilization.presenter';
import * as repo from './mobilization.repo';
import { checklistNoteColumn } from './mobilization.tables';

const noteAad = (orgId: string, id: string) => checklistNoteColumn.aad({ org_id: orgId, id });

function standardItems(c: OrgServiceContext, eventId: string): repo.ChecklistRow[] {
  return STANDARD_CHECKLIST_KEYS.map((itemKey, position) => ({
    orgId: c.org.orgId,
    id: newId(c.now.getTime()),
    eventId,
    itemKey,
    label: null,
    done: false,
    noteEnc: null,
    position,
    updatedBy: null,
    updatedAt: c.now,
  }));
}

/**
 * The two pre-loaded commemorations (17 December, 2 June), created as drafts the first time events
 * are listed in the year of their next date; a unique index keeps it to one per year however many
 * lists run at once. System-created like the starter act types, hence not audited.
 */
async function ensureCommemorations(c: OrgServiceContext): Promise<void> {
  const today = dayOf(c.now);
  for (const commemoration of COMMEMORATIONS) {
    const eventDate = nextCommemorationDate(commemoration.month, commemoration.day, today);
    const id = newId(c.now.getTime());
    const row: repo.EventRow = {
      orgId: c.org.orgId,
      id,
      kind: 'commemoration',
      title: '',
      commemorationKey: commemoration.key,
      commemorationYear: Number(eventDate.slice(0, 4)),
      eventDate,
      location: '',
      status: 'draft',
      riskLevel: null,
      participantsMembers: null,
      participantsAllies: null,
      participantsPublic: null,
      outcomes: '',
      mediaCoverage: '',
      confirmedAt: null,
      createdBy: null,
      createdAt: c.now,
      updatedAt: c.now,
    };
    await c.db.transaction(async (tx) => {
      if (await repo.insertEvent(tx, row)) await repo.insertChecklistItems(tx, standardItems(c, id));
    });
  }
}

export async function listEvents(ctx: ServiceContext, query: EventListQuery): Promise<EventList> {
  const c = orgContext(ctx);
  await ensureCommemorations(c);
  const rows = await repo.listEvents(c.db, c.org.orgId, query);
  const items = await repo.listChecklist(
    c.db,
    c.org.orgId,
    rows.map((row) => row.id),
  );
  return {
    events: rows.map((row) =>
      presentEventSummary(
        row,
        items.filter((item) => item.eventId === row.id),
      ),
    ),
  };
}

async function loadEvent(c: OrgServiceContext, eventId: string) {
  const row = await repo.findEvent(c.db, c.org.orgId, eventId);
  if (!row) throw new AppError('not_found');
  return { row, checklist: await repo.listChecklist(c.db, c.org.orgId, [eventId]) };
}

const canReadSafetyPlan = (c: OrgServiceContext) =>
  isAllowed(c.org.role, 'mobilization_safety_plan', 'read', c.org.level);

/**
 * The event with its checklist. Organizers also receive the encrypted notes (emergency contacts,
 * arrest plan): a sensitive read, audited when there is a note to read.
 */
export async function getEvent(ctx: ServiceContext, eventId: string): Promise<EventView> {
  const c = orgContext(ctx);
  const { row, checklist } = await loadEvent(c, eventId);
  if (!canReadSafetyPlan(c)) return presentEvent(row, checklist, null);
  const notes = new Map<string, string | null>();
  for (const item of checklist)
    notes.set(
      item.id,
      await c.deps.keyring.decryptNullable(c.org.orgId, item.noteEnc, noteAad(c.org.orgId, item.id)),
    );
  if (checklist.some((item) => item.noteEnc !== null))
    await c.audit({
      action: 'mobilization_event.safety_plan_read',
      resourceType: 'mobilization_event',
      resourceId: eventId,
      sensitiveRead: true,
    });
  return presentEvent(row, checklist, notes);
}

export async function createEvent(ctx: ServiceContext, input: EventCreateInput): Promise<EventView> {
  const c = orgContext(ctx);
  const data = CreateSchema.parse(input);
  const id = data.id ?? newId(c.now.getTime());
  const existing = await repo.findEvent(c.db, c.org.orgId, id);
  if (existing) {
    if (existing.title !== data.title) throw new AppError('conflict', { field: 'id' });
    return getEvent(ctx, id);
  }
  await repo.insertEvent(c.db, {
    orgId: c.org.orgId,
    id,
    kind: data.kind,
    title: data.title,
    commemorationKey: null,
    commemorationYear: null,
    eventDate: data.eventDate,
    location: data.location,
    status: 'draft',
    riskLevel: null,
    participantsMembers: null,
    participantsAllies: null,
    participantsPublic: null,
    outcomes: '',
    mediaCoverage: '',
    confirmedAt: null,
    createdBy: c.actor.userId,
    createdAt: c.now,
    updatedAt: c.now,
  });
  await repo.insertChecklistItems(c.db, standardItems(c, id));
  await c.audit({
    action: 'mobilization_event.created',
    resourceType: 'mobilization_event',
    resourceId: id,
    details: { kind: data.kind },
  });
  return getEvent(ctx, id);
}

export async function updateEvent(
  ctx: ServiceContext,
  eventId: string,
  input: EventUpdateInput,
): Promise<EventView> {
  const c = orgContext(ctx);
  const { row } = await loadEvent(c, eventId);
  if (input.participants && row.status !== 'held')
    throw new AppError('conflict', { field: 'participants', messageKey: 'mobilization.errors.not_held' });
  const participants =
    input.participants === undefined
      ? {}
      : {
          participantsMembers: input.participants?.members ?? null,
          participantsAllies: input.participants?.allies ?? null,
          participantsPublic: input.participants?.public ?? null,
        };
  await repo.updateEvent(c.db, c.org.orgId, eventId, {
    ...(input.kind !== undefined && { kind: input.kind }),
    ...(input.title !== undefined && { title: input.title }),
    ...(input.eventDate !== undefined && { eventDate: input.eventDate }),
    ...(input.location !== undefined && { location: input.location }),
    ...(input.riskLevel !== undefined && { riskLevel: input.riskLevel }),
    ...(input.outcomes !== undefined && { outcomes: input.outcomes }),
    ...(input.mediaCoverage !== undefined && { mediaCoverage: input.mediaCoverage }),
    ...participants,
    updatedAt: c.now,
  });
  await c.audit({
    action: 'mobilization_event.updated',
    resourceType: 'mobilization_event',
    resourceId: eventId,
    details: { fields: Object.keys(input).sort().join(',') },
  });
  return getEvent(ctx, eventId);
}

const ALLOWED_FROM = {
  confirmed: ['draft'],
  held: ['confirmed'],
  cancelled: ['draft', 'confirmed'],
} as const;

/**
 * draft → confirmed (only with the risk level set and every checklist item done: otherwise 409
 * naming the missing items) → held; draft or confirmed → cancelled.
 */
export async function changeStatus(
  ctx: ServiceContext,
  eventId: string,
  input: EventStatusInput,
): Promise<EventView> {
  const c = orgContext(ctx);
  const { row, checklist } = await loadEvent(c, eventId);
  if (input.status === 'confirmed') {
    const missing = missingForConfirmation({
      riskLevel: row.riskLevel,
      checklist: checklist.map((item) => ({ id: item.id, key: item.itemKey, done: item.done })),
    });
    if (missing.length > 0)
      throw new AppError('conflict', {
        messageKey: 'mobilization.errors.checklist_incomplete',
        params: { count: missing.length },
        details: { missing },
      });
  }
  const moved = await repo.moveStatus(c.db, c.org.orgId, eventId, ALLOWED_FROM[input.status], {
    status: input.status,
    updatedAt: c.now,
    ...(input.status === 'confirmed' && { confirmedAt: c.now }),
  });
  if (!moved)
    throw new AppError('conflict', {
      field: 'status',
      messageKey: 'mobilization.errors.status_move',
    });
  await c.audit({
    action: 'mobilization_event.status_changed',
    resourceType: 'mobilization_event',
    resourceId: eventId,
    details: { from: row.status, to: input.status },
  });
  return getEvent(ctx, eventId);
}

/** An organization's own safety-plan item; a confirmed event goes back to draft until it is done. */
export async function addChecklistItem(
  ctx: ServiceContext,
  eventId: string,
  input: ChecklistItemCreateInput,
): Promise<EventView> {
  const c = orgContext(ctx);
  const { row, checklist } = await loadEvent(c, eventId);
  if (row.status === 'held' || row.status === 'cancelled')
    throw new AppError('conflict', { messageKey: 'mobilization.errors.closed' });
  if (checklist.filter((item) => item.itemKey === 'custom').length >= MOBILIZATION_LIMITS.customItemsMax)
    throw new AppError('validation', { field: 'label' });
  const id = newId(c.now.getTime());
  await repo.insertChecklistItems(c.db, [
    {
      orgId: c.org.orgId,
      id,
      eventId,
      itemKey: 'custom',
      label: input.label,
      done: false,
      noteEnc: null,
      position: Math.max(0, ...checklist.map((item) => item.position)) + 1,
      updatedBy: c.actor.userId,
      updatedAt: c.now,
    },
  ]);
  if (row.status === 'confirmed')
    await repo.updateEvent(c.db, c.org.orgId, eventId, {
      status: 'draft',
      confirmedAt: null,
      updatedAt: c.now,
    });
  await c.audit({
    action: 'mobilization_event.checklist_item_added',
    resourceType: 'mobilization_event',
    resourceId: eventId,
    details: { itemId: id, backToDraft: row.status === 'confirmed' },
  });
  return getEvent(ctx, eventId);
}

/** Ticks an item or writes its note (encrypted); unticking one sends a confirmed event back to draft. */
export async function updateChecklistItem(
  ctx: ServiceContext,
  params: { eventId: string; itemId: string },
  input: ChecklistItemUpdateInput,
): Promise<EventView> {
  const c = orgContext(ctx);
  const { row } = await loadEvent(c, params.eventId);
  const item = await repo.findChecklistItem(c.db, c.org.orgId, params.eventId, params.itemId);
  if (!item) throw new AppError('not_found');
  if (row.status === 'held' || row.status === 'cancelled')
    throw new AppError('conflict', { messageKey: 'mobilization.errors.closed' });
  await repo.updateChecklistItem(c.db, c.org.orgId, item.id, {
    ...(input.done !== undefined && { done: input.done }),
    ...(input.note !== undefined && {
      noteEnc: await c.deps.keyring.encryptNullable(
        c.org.orgId,
        input.note || null,
        noteAad(c.org.orgId, item.id),
      ),
    }),
    updatedBy: c.actor.userId,
    updatedAt: c.now,
  });
  const backToDraft = row.status === 'confirmed' && input.done === false;
  if (backToDraft)
    await repo.updateEvent(c.db, c.org.orgId, row.id, {
      status: 'draft',
      confirmedAt: null,
      updatedAt: c.now,
    });
  await c.audit({
    action: 'mobilization_event.checklist_item_updated',
    resourceType: 'mobilization_event',
    resourceId: row.id,
    details: {
      itemId: item.id,
      done: input.done ?? item.done,
      note: input.note !== undefined,
      backToDraft,
    },
  });
  return getEvent(ctx, row.id);
}
