import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  foreignKey,
  index,
  pgTable,
  primaryKey,
  smallint,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from '../../platform/auth/auth.tables';
import { registerEncryptedColumn } from '../../platform/crypto/encrypted-columns';
import { classify } from '../../platform/db/classification';
import { bytea, timestampMs } from '../../platform/db/column-types';
import { localGroups } from '../local-groups/local-groups.tables';
import { organizations } from '../organizations/organizations.tables';
import { sites } from '../sites/sites.tables';

/**
 * A pseudonymous member of the community: a keyed hash of her Unique Identifier Code (never the code
 * or its answers) and a random display code. Attributes are kept minimal (issue 3, SECURITY.md S1).
 */
export const members = pgTable(
  'members',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id),
    id: uuid('id').notNull(),
    /** HMAC-SHA-256 of the UIC under the network key (kept outside the database). */
    uicHash: bytea('uic_hash').notNull(),
    uicRecipeId: text('uic_recipe_id').notNull(),
    uicFallbacks: text('uic_fallbacks')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** Random, unique per organization, never derived from personal data ("K7M4QX", shown "K7M-4QX"). */
    displayCode: text('display_code').notNull(),
    assignedUserId: uuid('assigned_user_id').references(() => users.id),
    localGroupId: uuid('local_group_id'),
    ageBand: text('age_band').notNull().default('unknown'),
    genderIdentity: text('gender_identity').notNull().default('unknown'),
    workSettings: text('work_settings')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    nationality: text('nationality'),
    migrantStatusEnc: bytea('migrant_status_enc'),
    firstContactOn: date('first_contact_on', { mode: 'string' }),
    servedBeforeOrg: text('served_before_org'),
    servedBeforeSiteId: uuid('served_before_site_id'),
    riskFlags: text('risk_flags')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** More than 3 risk flags (SWIT): derived on every write, stored so lists can filter on it. */
    priority: boolean('priority').notNull().default(false),
    leadershipRoles: text('leadership_roles')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    partnersPerWeek: smallint('partners_per_week'),
    actsPerPartner: smallint('acts_per_partner'),
    notesEnc: bytea('notes_enc'),
    contactChannelEnc: bytea('contact_channel_enc'),
    /**
     * Set when this record was merged into another; its contacts count for that member. No foreign
     * key: a restore inserts rows in key order, and an older record may be merged into a newer one.
     * The merge service checks the target.
     */
    mergedIntoId: uuid('merged_into_id'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestampMs('created_at').notNull(),
    updatedAt: timestampMs('updated_at').notNull(),
    deletedAt: timestampMs('deleted_at'),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    uniqueIndex('members_display_code_uq').on(t.orgId, t.displayCode),
    index('members_uic_hash_idx').on(t.orgId, t.uicHash),
    index('members_assigned_idx').on(t.orgId, t.assignedUserId),
    foreignKey({
      name: 'members_local_group_fk',
      columns: [t.orgId, t.localGroupId],
      foreignColumns: [localGroups.orgId, localGroups.id],
    }),
    foreignKey({
      name: 'members_served_before_site_fk',
      columns: [t.orgId, t.servedBeforeSiteId],
      foreignColumns: [sites.orgId, sites.id],
    }),
    check(
      'members_age_band_check',
      sql`${t.ageBand} in ('u18', '18_24', '25_34', '35_44', '45_plus', 'unknown')`,
    ),
    check(
      'members_gender_identity_check',
      sql`${t.genderIdentity} in ('woman', 'trans_woman', 'man', 'trans_man', 'non_binary', 'other', 'unknown')`,
    ),
    check('members_uic_hash_len_check', sql`octet_length(${t.uicHash}) = 32`),
    check('members_risk_flags_max_check', sql`coalesce(array_length(${t.riskFlags}, 1), 0) <= 8`),
    check('members_partners_check', sql`${t.partnersPerWeek} is null or ${t.partnersPerWeek} >= 0`),
    check('members_acts_check', sql`${t.actsPerPartner} is null or ${t.actsPerPartner} >= 0`),
    check('members_not_merged_into_self_check', sql`${t.mergedIntoId} is distinct from ${t.id}`),
  ],
);

export const memberNotesColumn = registerEncryptedColumn({
  table: 'members',
  column: 'notes_enc',
  scopeColumn: 'org_id',
  keyColumns: ['org_id', 'id'],
});
export const memberMigrantStatusColumn = registerEncryptedColumn({
  table: 'members',
  column: 'migrant_status_enc',
  scopeColumn: 'org_id',
  keyColumns: ['org_id', 'id'],
});
export const memberContactChannelColumn = registerEncryptedColumn({
  table: 'members',
  column: 'contact_channel_enc',
  scopeColumn: 'org_id',
  keyColumns: ['org_id', 'id'],
});

classify(members, {
  orgId: 'internal',
  id: 'internal',
  uicHash: 'sensitive',
  uicRecipeId: 'internal',
  uicFallbacks: 'internal',
  displayCode: 'personal',
  assignedUserId: 'personal',
  localGroupId: 'internal',
  ageBand: 'personal',
  genderIdentity: 'sensitive',
  workSettings: 'sensitive',
  nationality: 'personal',
  migrantStatusEnc: 'sensitive',
  firstContactOn: 'personal',
  servedBeforeOrg: 'personal',
  servedBeforeSiteId: 'personal',
  riskFlags: 'sensitive',
  priority: 'sensitive',
  leadershipRoles: 'personal',
  partnersPerWeek: 'sensitive',
  actsPerPartner: 'sensitive',
  notesEnc: 'sensitive',
  contactChannelEnc: 'sensitive',
  mergedIntoId: 'internal',
  createdBy: 'internal',
  createdAt: 'internal',
  updatedAt: 'internal',
  deletedAt: 'internal',
});

/** A member's usual sites (zonas/puntos where she works). */
export const memberSites = pgTable(
  'member_sites',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id),
    memberId: uuid('member_id').notNull(),
    siteId: uuid('site_id').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.memberId, t.siteId] }),
    index('member_sites_site_idx').on(t.orgId, t.siteId),
    foreignKey({
      name: 'member_sites_member_fk',
      columns: [t.orgId, t.memberId],
      foreignColumns: [members.orgId, members.id],
    }),
    foreignKey({
      name: 'member_sites_site_fk',
      columns: [t.orgId, t.siteId],
      foreignColumns: [sites.orgId, sites.id],
    }),
  ],
);

classify(memberSites, { orgId: 'internal', memberId: 'internal', siteId: 'personal' });

/**
 * Consent per purpose, as append-only events: a withdrawal is a new event with granted = false, and
 * the current state of a purpose is its latest event.
 */
export const memberConsents = pgTable(
  'member_consents',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id),
    id: uuid('id').notNull(),
    memberId: uuid('member_id').notNull(),
    purpose: text('purpose').notNull(),
    granted: boolean('granted').notNull(),
    recordedOn: date('recorded_on', { mode: 'string' }).notNull(),
    recordedBy: uuid('recorded_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestampMs('created_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    index('member_consents_member_idx').on(t.orgId, t.memberId),
    foreignKey({
      name: 'member_consents_member_fk',
      columns: [t.orgId, t.memberId],
      foreignColumns: [members.orgId, members.id],
    }),
    check(
      'member_consents_purpose_check',
      sql`${t.purpose} in ('services', 'advocacy_anonymized', 'network_aggregates')`,
    ),
  ],
);

classify(memberConsents, {
  orgId: 'internal',
  id: 'internal',
  memberId: 'internal',
  purpose: 'sensitive',
  granted: 'sensitive',
  recordedOn: 'personal',
  recordedBy: 'internal',
  createdAt: 'internal',
});

/**
 * "Not the same person": two members whose codes hash alike were declared distinct, so the
 * duplicate prompt does not come back. One row per pair, the smaller id first.
 */
export const memberDistinctPairs = pgTable(
  'member_distinct_pairs',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id),
    memberAId: uuid('member_a_id').notNull(),
    memberBId: uuid('member_b_id').notNull(),
    decidedBy: uuid('decided_by')
      .notNull()
      .references(() => users.id),
    decidedAt: timestampMs('decided_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.memberAId, t.memberBId] }),
    foreignKey({
      name: 'member_distinct_pairs_a_fk',
      columns: [t.orgId, t.memberAId],
      foreignColumns: [members.orgId, members.id],
    }),
    foreignKey({
      name: 'member_distinct_pairs_b_fk',
      columns: [t.orgId, t.memberBId],
      foreignColumns: [members.orgId, members.id],
    }),
    check('member_distinct_pairs_order_check', sql`${t.memberAId} < ${t.memberBId}`),
  ],
);

classify(memberDistinctPairs, {
  orgId: 'internal',
  memberAId: 'internal',
  memberBId: 'internal',
  decidedBy: 'internal',
  decidedAt: 'internal',
});
