import { sql } from 'drizzle-orm';
import { check, foreignKey, index, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../platform/auth/auth.tables';
import { classify } from '../../platform/db/classification';
import { timestampMs } from '../../platform/db/column-types';
import { areas } from '../areas/areas.tables';
import { hrCases } from '../cases/cases.tables';
import { organizations } from '../organizations/organizations.tables';

/**
 * A law, regulation, police practice or policy that blocks health and rights (issue 5 §6; issue 7
 * links advocacy actions to it). Public-interest facts about the law, not about people: not encrypted.
 */
export const structuralBarriers = pgTable(
  'structural_barriers',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id),
    id: uuid('id').notNull(),
    kind: text('kind', { enum: ['law', 'regulation', 'police_practice', 'policy', 'other'] }).notNull(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    countryCode: text('country_code').notNull(),
    areaId: uuid('area_id'),
    status: text('status', { enum: ['active', 'challenged', 'reformed', 'repealed'] })
      .notNull()
      .default('active'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestampMs('created_at').notNull(),
    updatedAt: timestampMs('updated_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({
      name: 'structural_barriers_area_fk',
      columns: [t.orgId, t.areaId],
      foreignColumns: [areas.orgId, areas.id],
    }),
    check(
      'structural_barriers_kind_check',
      sql`${t.kind} in ('law', 'regulation', 'police_practice', 'policy', 'other')`,
    ),
    check(
      'structural_barriers_status_check',
      sql`${t.status} in ('active', 'challenged', 'reformed', 'repealed')`,
    ),
  ],
);

classify(structuralBarriers, {
  orgId: 'internal',
  id: 'internal',
  kind: 'internal',
  title: 'internal',
  description: 'internal',
  countryCode: 'internal',
  areaId: 'internal',
  status: 'internal',
  createdBy: 'internal',
  createdAt: 'internal',
  updatedAt: 'internal',
});

/** A case that shows a barrier (the "closed loop": how many cases fed each barrier). */
export const hrCaseBarriers = pgTable(
  'hr_case_barriers',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id),
    caseId: uuid('case_id').notNull(),
    barrierId: uuid('barrier_id').notNull(),
    linkedBy: uuid('linked_by').references(() => users.id),
    linkedAt: timestampMs('linked_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.caseId, t.barrierId] }),
    index('hr_case_barriers_barrier_idx').on(t.orgId, t.barrierId),
    foreignKey({
      name: 'hr_case_barriers_case_fk',
      columns: [t.orgId, t.caseId],
      foreignColumns: [hrCases.orgId, hrCases.id],
    }),
    foreignKey({
      name: 'hr_case_barriers_barrier_fk',
      columns: [t.orgId, t.barrierId],
      foreignColumns: [structuralBarriers.orgId, structuralBarriers.id],
    }),
  ],
);

classify(hrCaseBarriers, {
  orgId: 'internal',
  caseId: 'internal',
  barrierId: 'internal',
  linkedBy: 'internal',
  linkedAt: 'internal',
});
