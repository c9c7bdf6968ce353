import { date, foreignKey, index, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { classify } from '../../platform/db/classification';
import { timestampMs } from '../../platform/db/column-types';
import { organizations } from '../organizations/organizations.tables';

/**
 * An allied organization or institution (issue 7 part 7). The contact is a role ("coordinadora de
 * programas"), never a private name: partners are organizations, not people.
 */
export const alliancePartners = pgTable(
  'alliance_partners',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id),
    id: uuid('id').notNull(),
    name: text('name').notNull(),
    kind: text('kind').notNull(),
    contactRole: text('contact_role'),
    strength: text('strength', { enum: ['emerging', 'active', 'strong'] }).notNull(),
    createdAt: timestampMs('created_at').notNull(),
    updatedAt: timestampMs('updated_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    uniqueIndex('alliance_partners_name_uq').on(t.orgId, sql`lower(${t.name})`),
  ],
);

/** A meeting, engagement or joint action with a partner, on a date. */
export const allianceInteractions = pgTable(
  'alliance_interactions',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id),
    id: uuid('id').notNull(),
    partnerId: uuid('partner_id').notNull(),
    kind: text('kind', { enum: ['engagement', 'joint_action'] }).notNull(),
    title: text('title').notNull(),
    happenedOn: date('happened_on', { mode: 'string' }).notNull(),
    createdAt: timestampMs('created_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    index('alliance_interactions_partner_idx').on(t.orgId, t.partnerId, t.happenedOn),
    foreignKey({
      name: 'alliance_interactions_partner_fk',
      columns: [t.orgId, t.partnerId],
      foreignColumns: [alliancePartners.orgId, alliancePartners.id],
    }).onDelete('cascade'),
  ],
);

classify(alliancePartners, {
  orgId: 'internal',
  id: 'internal',
  name: 'internal',
  kind: 'internal',
  contactRole: 'internal',
  strength: 'internal',
  createdAt: 'internal',
  updatedAt: 'internal',
});
classify(allianceInteractions, {
  orgId: 'internal',
  id: 'internal',
  partnerId: 'internal',
  kind: 'internal',
  title: 'internal',
  happenedOn: 'internal',
  createdAt: 'internal',
});
