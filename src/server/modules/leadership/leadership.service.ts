import type { z } from 'zod';
import { newId } from '../../../domain/ids';
import type {
  MemberPathway,
  MentorshipInput,
  PathwayRole,
  PathwayRoleEndInput,
  PathwayRoleInput,
} from '../../../domain/leadership.schemas';
import { formatDisplayCode, normalizeDisplayCodeQuery } from '../../../domain/members';
import type { TrainingKind } from '../../../domain/trainings.schemas';
import { AppError } from '../../platform/errors';
import { orgContext, type OrgServiceContext, type ServiceContext } from '../../platform/http/route-spec';
import { findMemberByCode, findMemberById, listMemberTrainings } from '../trainings/attendance.repo';
import { staffNames } from '../trainings/trainings.repo';
import * as repo from './leadership.repo';
import { mentorshipNotesColumn } from './leadership.tables';

const notesAad = (orgId: string, id: string) => mentorshipNotesColumn.aad({ org_id: orgId, id });

async function requireMember(c: OrgServiceContext, memberId: string) {
  const member = await findMemberById(c.db, c.org.orgId, memberId);
  if (!member) throw new AppError('not_found');
  return member;
}

/** Her pathway: trainings attended, roles held, mentoring (notes decrypted). A sensitive read. */
export async function getPathway(ctx: ServiceContext, memberId: string): Promise<MemberPathway> {
  const c = orgContext(ctx);
  const member = await requireMember(c, memberId);
  const trainings = await listMemberTrainings(c.db, c.org.orgId, memberId);
  const roles = await repo.listRoles(c.db, c.org.orgId, memberId);
  const mentorships = await repo.listMentorships(c.db, c.org.orgId, memberId);
  const presentedMentorships = await Promise.all(
    mentorships.map(async ({ mentorship: m, mentorCode, mentorName }) => ({
      id: m.id,
      mentorKind: m.mentorMemberId ? ('member' as const) : ('staff' as const),
      mentor: mentorCode ? formatDisplayCode(mentorCode) : (mentorName ?? '—'),
      fromOn: m.fromOn,
      toOn: m.toOn,
      notes: await c.deps.keyring.decryptNullable(c.org.orgId, m.notesEnc, notesAad(m.orgId, m.id)),
    })),
  );
  await c.audit({
    action: 'member_pathway.read',
    resourceType: 'member',
    resourceId: memberId,
    sensitiveRead: true,
  });
  return {
    memberId,
    displayCode: formatDisplayCode(member.displayCode),
    trainings: trainings.map((t) => ({ ...t, kind: t.kind as TrainingKind })),
    roles: roles.map((r) => ({ id: r.id, role: r.role as PathwayRole, fromOn: r.fromOn, toOn: r.toOn })),
    mentorships: presentedMentorships,
  };
}

export async function addRole(
  ctx: ServiceContext,
  memberId: string,
  input: z.output<typeof PathwayRoleInput>,
): Promise<{ ok: true }> {
  const c = orgContext(ctx);
  await requireMember(c, memberId);
  const id = input.id ?? newId(c.now.getTime());
  const existing = await repo.findRole(c.db, c.org.orgId, id);
  if (existing) {
    if (existing.memberId !== memberId || existing.role !== input.role)
      throw new AppError('conflict', { field: 'id' });
    return { ok: true };
  }
  await repo.insertRole(c.db, {
    orgId: c.org.orgId,
    id,
    memberId,
    role: input.role,
    fromOn: input.fromOn,
    toOn: input.toOn,
    createdBy: c.actor.userId,
    createdAt: c.now,
    updatedAt: c.now,
  });
  await c.audit({
    action: 'member_pathway.role_added',
    resourceType: 'member',
    resourceId: memberId,
    details: { roleId: id, role: input.role },
  });
  return { ok: true };
}

export async function endRole(
  ctx: ServiceContext,
  memberId: string,
  roleId: string,
  input: PathwayRoleEndInput,
): Promise<{ ok: true }> {
  const c = orgContext(ctx);
  const role = await repo.findRole(c.db, c.org.orgId, roleId);
  if (!role || role.memberId !== memberId) throw new AppError('not_found');
  if (input.toOn !== null && input.toOn < role.fromOn) throw new AppError('validation', { field: 'toOn' });
  await repo.endRole(c.db, c.org.orgId, roleId, input.toOn, c.now);
  await c.audit({
    action: 'member_pathway.role_changed',
    resourceType: 'member',
    resourceId: memberId,
    details: { roleId, ended: input.toOn !== null },
  });
  return { ok: true };
}

async function mentorOf(c: OrgServiceContext, memberId: string, input: z.output<typeof MentorshipInput>) {
  if (input.mentorUserId) {
    const found = await staffNames(c.db, c.org.orgId, [input.mentorUserId]);
    if (found.length !== 1) throw new AppError('validation', { field: 'mentorUserId' });
    return { mentorMemberId: null, mentorUserId: input.mentorUserId };
  }
  const code = normalizeDisplayCodeQuery(input.mentorDisplayCode ?? '');
  const mentor = await findMemberByCode(c.db, c.org.orgId, code);
  if (!mentor || mentor.mergedIntoId || mentor.id === memberId)
    throw new AppError('validation', { field: 'mentorDisplayCode' });
  return { mentorMemberId: mentor.id, mentorUserId: null };
}

export async function addMentorship(
  ctx: ServiceContext,
  memberId: string,
  input: z.output<typeof MentorshipInput>,
): Promise<{ ok: true }> {
  const c = orgContext(ctx);
  await requireMember(c, memberId);
  const id = input.id ?? newId(c.now.getTime());
  const existing = await repo.findMentorship(c.db, c.org.orgId, id);
  if (existing) {
    if (existing.memberId !== memberId) throw new AppError('conflict', { field: 'id' });
    return { ok: true };
  }
  const mentor = await mentorOf(c, memberId, input);
  await repo.insertMentorship(c.db, {
    orgId: c.org.orgId,
    id,
    memberId,
    ...mentor,
    fromOn: input.fromOn,
    toOn: input.toOn,
    notesEnc: await c.deps.keyring.encryptNullable(c.org.orgId, input.notes, notesAad(c.org.orgId, id)),
    createdBy: c.actor.userId,
    createdAt: c.now,
    updatedAt: c.now,
  });
  await c.audit({
    action: 'member_pathway.mentorship_added',
    resourceType: 'member',
    resourceId: memberId,
    details: { mentorshipId: id, mentorKind: mentor.mentorUserId ? 'staff' : 'member' },
  });
  return { ok: true };
}
