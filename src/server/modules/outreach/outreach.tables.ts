import { sql } from 'drizzle-orm';
import { boolean, check, date, foreignKey, index, pgTable, primaryKey, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../platform/auth/auth.tables';
import { registerEncryptedColumn } from '../../platform/crypto/encrypted-columns';
import { classify } from '../../platform/db/classification';
import { bytea, timestampMs } from '../../platform/db/column-types';
import { members } from '../members/members.tables';
import { organizations } from '../organizations/organizations.tables';
import { sites } from '../sites/sites.tables';

/**
 * A promotora's weekly plan (Avahan "weekly planner"): one row per member to see or site to visit,
 * on a day of the week that starts on `week_start` (a Monday). She edits it; a coordinator reads it.
 */
export const outreachPlanItems = pgTable(
  'outreach_plan_items',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id),
    id: uuid('id').notNull(),
    /** Whose plan: the promotora. */
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    weekStart: date('week_start', { mode: 'string' }).notNull(),
    memberId: uuid('member_id'),
    siteId: uuid('site_id'),
    plannedDay: date('planned_day', { mode: 'string' }),
    /** A short reminder, AES-256-GCM under the organization's data key (free text: never a name). */
    noteEnc: bytea('note_enc'),
    done: boolean('done').notNull().default(false),
    createdAt: timestampMs('created_at').notNull(),
    updatedAt: timestampMs('updated_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    index('outreach_plan_items_week_idx').on(t.orgId, t.userId, t.weekStart),
    index('outreach_plan_items_member_idx').on(t.orgId, t.memberId),
    foreignKey({
      name: 'outreach_plan_items_member_fk',
      columns: [t.orgId, t.memberId],
      foreignColumns: [members.orgId, members.id],
    }),
    foreignKey({
      name: 'outreach_plan_items_site_fk',
      columns: [t.orgId, t.siteId],
      foreignColumns: [sites.orgId, sites.id],
    }),
    check('outreach_plan_items_week_monday_check', sql`extract(isodow from ${t.weekStart}) = 1`),
    check(
      'outreach_plan_items_day_in_week_check',
      sql`${t.plannedDay} is null or (${t.plannedDay} >= ${t.weekStart} and ${t.plannedDay} < ${t.weekStart} + 7)`,
    ),
  ],
);

export const outreachPlanNoteColumn = registerEncryptedColumn({
  table: 'outreach_plan_items',
  column: 'note_enc',
  scopeColumn: 'org_id',
  keyColumns: ['org_id', 'id'],
});

classify(outreachPlanItems, {
  orgId: 'internal',
  id: 'internal',
  userId: 'personal',
  weekStart: 'internal',
  memberId: 'personal',
  siteId: 'personal',
  plannedDay: 'personal',
  noteEnc: 'sensitive',
  done: 'personal',
  createdAt: 'internal',
  updatedAt: 'internal',
});
