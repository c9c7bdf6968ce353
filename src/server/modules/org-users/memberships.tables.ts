import { sql } from 'drizzle-orm';
import { check, foreignKey, index, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { classify } from '../../platform/db/classification';
import { timestampMs } from '../../platform/db/column-types';
import { users } from '../../platform/auth/auth.tables';
import { localGroups } from '../local-groups/local-groups.tables';
import { organizations } from '../organizations/organizations.tables';

/** A user's role in one organization. One membership per user and organization. */
export const memberships = pgTable(
  'memberships',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id),
    id: uuid('id').notNull(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    role: text('role', {
      enum: ['admin', 'coordinator', 'promotora', 'paralegal', 'analyst', 'network_analyst', 'viewer'],
    }).notNull(),
    localGroupId: uuid('local_group_id'),
    disabledAt: timestampMs('disabled_at'),
    createdAt: timestampMs('created_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    uniqueIndex('memberships_user_uq').on(t.orgId, t.userId),
    index('memberships_user_idx').on(t.userId),
    foreignKey({ columns: [t.orgId, t.localGroupId], foreignColumns: [localGroups.orgId, localGroups.id] }),
    check(
      'memberships_role_check',
      sql`${t.role} in ('admin', 'coordinator', 'promotora', 'paralegal', 'analyst', 'network_analyst', 'viewer')`,
    ),
  ],
);

classify(memberships, {
  orgId: 'internal',
  id: 'internal',
  userId: 'internal',
  role: 'personal',
  localGroupId: 'internal',
  disabledAt: 'internal',
  createdAt: 'internal',
});
