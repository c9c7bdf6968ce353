import {
  SeatCreateInput as CreateSchema,
  SeatMeetingInput as MeetingSchema,
  type SeatCreateInput,
  type SeatList,
  type SeatMeetingInput,
  type SeatUpdateInput,
  type SeatView,
} from '../../../domain/advocacy.schemas';
import { newId } from '../../../domain/ids';
import { formatDisplayCode } from '../../../domain/members';
import { dayOf } from '../../../domain/outreach';
import { AppError } from '../../platform/errors';
import { orgContext, type OrgServiceContext, type ServiceContext } from '../../platform/http/route-spec';
import * as repo from './policy-seats.repo';

type SeatWithHolder = Awaited<ReturnType<typeof repo.listSeats>>[number];

function presentSeat(r: SeatWithHolder, meetings: readonly repo.SeatMeetingRow[], today: string): SeatView {
  const { seat } = r;
  const holder = seat.holderUserId
    ? { kind: 'user' as const, id: seat.holderUserId, label: r.userName ?? '' }
    : {
        kind: 'member' as const,
        id: seat.holderMemberId ?? '',
        label: r.memberCode ? formatDisplayCode(r.memberCode) : '',
      };
  return {
    id: seat.id,
    spaceKind: seat.spaceKind,
    spaceName: seat.spaceName,
    holder,
    heldSince: seat.heldSince,
    heldUntil: seat.heldUntil,
    active: seat.heldSince <= today && (seat.heldUntil === null || seat.heldUntil >= today),
    meetings: meetings
      .filter((m) => m.seatId === seat.id)
      .map((m) => ({ id: m.id, metOn: m.metOn, positions: m.positions })),
  };
}

export async function listSeats(ctx: ServiceContext): Promise<SeatList> {
  const c = orgContext(ctx);
  const rows = await repo.listSeats(c.db, c.org.orgId);
  const meetings = await repo.listMeetings(
    c.db,
    c.org.orgId,
    rows.map((r) => r.seat.id),
  );
  const today = dayOf(c.now);
  return { seats: rows.map((r) => presentSeat(r, meetings, today)) };
}

async function getSeat(c: OrgServiceContext, seatId: string): Promise<SeatView> {
  const [row] = await repo.listSeats(c.db, c.org.orgId, seatId);
  if (!row) throw new AppError('not_found');
  return presentSeat(row, await repo.listMeetings(c.db, c.org.orgId, [seatId]), dayOf(c.now));
}

/** A holder is a staff account of the organization or one of its members; anything else is 400. */
async function holderColumns(c: OrgServiceContext, holder: SeatCreateInput['holder']) {
  if ('userId' in holder) {
    if (!(await repo.isStaffOf(c.db, c.org.orgId, holder.userId)))
      throw new AppError('validation', { field: 'holder.userId' });
    return { holderUserId: holder.userId, holderMemberId: null };
  }
  if (!(await repo.isMemberOf(c.db, c.org.orgId, holder.memberId)))
    throw new AppError('validation', { field: 'holder.memberId' });
  return { holderUserId: null, holderMemberId: holder.memberId };
}

function checkPeriod(since: string, until: string | null) {
  if (until !== null && until < since) throw new AppError('validation', { field: 'heldUntil' });
}

export async function createSeat(ctx: ServiceContext, input: SeatCreateInput): Promise<SeatView> {
  const c = orgContext(ctx);
  const data = CreateSchema.parse(input);
  const id = data.id ?? newId(c.now.getTime());
  const existing = await repo.findSeat(c.db, c.org.orgId, id);
  if (existing) {
    if (existing.spaceName !== data.spaceName) throw new AppError('conflict', { field: 'id' });
    return getSeat(c, id);
  }
  checkPeriod(data.heldSince, data.heldUntil);
  await repo.insertSeat(c.db, {
    orgId: c.org.orgId,
    id,
    spaceKind: data.spaceKind,
    spaceName: data.spaceName,
    ...(await holderColumns(c, data.holder)),
    heldSince: data.heldSince,
    heldUntil: data.heldUntil,
    createdAt: c.now,
    updatedAt: c.now,
  });
  await c.audit({
    action: 'policy_seat.created',
    resourceType: 'policy_seat',
    resourceId: id,
    details: { spaceKind: data.spaceKind, holderKind: 'userId' in data.holder ? 'user' : 'member' },
  });
  return getSeat(c, id);
}

export async function updateSeat(
  ctx: ServiceContext,
  seatId: string,
  input: SeatUpdateInput,
): Promise<SeatView> {
  const c = orgContext(ctx);
  const row = await repo.findSeat(c.db, c.org.orgId, seatId);
  if (!row) throw new AppError('not_found');
  checkPeriod(
    input.heldSince ?? row.heldSince,
    input.heldUntil === undefined ? row.heldUntil : input.heldUntil,
  );
  const { holder, ...fields } = input;
  await repo.updateSeat(c.db, c.org.orgId, seatId, {
    ...fields,
    ...(holder && (await holderColumns(c, holder))),
    updatedAt: c.now,
  });
  await c.audit({
    action: 'policy_seat.updated',
    resourceType: 'policy_seat',
    resourceId: seatId,
    details: { fields: Object.keys(input).sort().join(',') },
  });
  return getSeat(c, seatId);
}

export async function addMeeting(
  ctx: ServiceContext,
  seatId: string,
  input: SeatMeetingInput,
): Promise<SeatView> {
  const c = orgContext(ctx);
  const data = MeetingSchema.parse(input);
  if (!(await repo.findSeat(c.db, c.org.orgId, seatId))) throw new AppError('not_found');
  const id = newId(c.now.getTime());
  await repo.insertMeeting(c.db, {
    orgId: c.org.orgId,
    id,
    seatId,
    metOn: data.metOn,
    positions: data.positions,
    createdBy: c.actor.userId,
    createdAt: c.now,
  });
  await c.audit({
    action: 'policy_seat.meeting_added',
    resourceType: 'policy_seat',
    resourceId: seatId,
    details: { meetingId: id },
  });
  return getSeat(c, seatId);
}
