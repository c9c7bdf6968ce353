import { sql } from 'drizzle-orm';
import { check, date, foreignKey, index, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../platform/auth/auth.tables';
import { registerEncryptedColumn } from '../../platform/crypto/encrypted-columns';
import { classify } from '../../platform/db/classification';
import { bytea, timestampMs } from '../../platform/db/column-types';
import { members } from '../members/members.tables';
import { organizations } from '../organizations/organizations.tables';

/** A role a member held in the organization (promotora, paralegal, board member…), from/to. */
export const memberLeadershipRoles = pgTable(
  'member_leadership_roles',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id),
    id: uuid('id').notNull(),
    memberId: uuid('member_id').notNull(),
    role: text('role').notNull(),
    fromOn: date('from_on', { mode: 'string' }).notNull(),
    toOn: date('to_on', { mode: 'string' }),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestampMs('created_at').notNull(),
    updatedAt: timestampMs('updated_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    index('member_leadership_roles_member_idx').on(t.orgId, t.memberId),
    foreignKey({
      name: 'member_leadership_roles_member_fk',
      columns: [t.orgId, t.memberId],
      foreignColumns: [members.orgId, members.id],
    }),
    check('member_leadership_roles_dates_check', sql`${t.toOn} is null or ${t.toOn} >= ${t.fromOn}`),
  ],
);

classify(memberLeadershipRoles, {
  orgId: 'internal',
  id: 'internal',
  memberId: 'personal',
  role: 'personal',
  fromOn: 'personal',
  toOn: 'personal',
  createdBy: 'internal',
  createdAt: 'internal',
  updatedAt: 'internal',
});

/** Mentoring of a member by another member (by record) or a staff account; notes encrypted. */
export const memberMentorships = pgTable(
  'member_mentorships',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id),
    id: uuid('id').notNull(),
    memberId: uuid('member_id').notNull(),
    mentorMemberId: uuid('mentor_member_id'),
    mentorUserId: uuid('mentor_user_id').references(() => users.id),
    fromOn: date('from_on', { mode: 'string' }).notNull(),
    toOn: date('to_on', { mode: 'string' }),
    notesEnc: bytea('notes_enc'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestampMs('created_at').notNull(),
    updatedAt: timestampMs('updated_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    index('member_mentorships_member_idx').on(t.orgId, t.memberId),
    foreignKey({
      name: 'member_mentorships_member_fk',
      columns: [t.orgId, t.memberId],
      foreignColumns: [members.orgId, members.id],
    }),
    foreignKey({
      name: 'member_mentorships_mentor_member_fk',
      columns: [t.orgId, t.mentorMemberId],
      foreignColumns: [members.orgId, members.id],
    }),
    check(
      'member_mentorships_one_mentor_check',
      sql`(${t.mentorMemberId} is null) <> (${t.mentorUserId} is null)`,
    ),
    check('member_mentorships_dates_check', sql`${t.toOn} is null or ${t.toOn} >= ${t.fromOn}`),
  ],
);

export const mentorshipNotesColumn = registerEncryptedColumn({
  table: 'member_mentorships',
  column: 'notes_enc',
  scopeColumn: 'org_id',
  keyColumns: ['org_id', 'id'],
});

classify(memberMentorships, {
  orgId: 'internal',
  id: 'internal',
  memberId: 'personal',
  mentorMemberId: 'personal',
  mentorUserId: 'internal',
  fromOn: 'personal',
  toOn: 'personal',
  notesEnc: 'sensitive',
  createdBy: 'internal',
  createdAt: 'internal',
  updatedAt: 'internal',
});
