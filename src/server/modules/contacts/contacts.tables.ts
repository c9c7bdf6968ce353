import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  foreignKey,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from '../../platform/auth/auth.tables';
import { classify } from '../../platform/db/classification';
import { timestampMs } from '../../platform/db/column-types';
import { members } from '../members/members.tables';
import { organizations } from '../organizations/organizations.tables';
import { sites } from '../sites/sites.tables';
import { stockPoints } from '../stock/stock.tables';

/**
 * Outreach contacts: append-only events (a trigger refuses UPDATE and DELETE). A correction is a new
 * row whose `supersedes_id` names the corrected one; a void is a correction with `voided`. The
 * effective contacts are the rows nobody supersedes and that are not voided. New vs repeat is
 * derived at read time, never stored.
 */
export const contacts = pgTable(
  'contacts',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id),
    id: uuid('id').notNull(),
    contactedOn: date('contacted_on', { mode: 'string' }).notNull(),
    siteId: uuid('site_id'),
    promotoraUserId: uuid('promotora_user_id')
      .notNull()
      .references(() => users.id),
    /** Null for an anonymous tally. A merged member's contacts keep pointing at the merged record. */
    memberId: uuid('member_id'),
    anonymousCount: integer('anonymous_count'),
    condoms: integer('condoms').notNull().default(0),
    lubricant: integer('lubricant').notNull().default(0),
    hivSelfTests: integer('hiv_self_tests').notNull().default(0),
    infoTopics: text('info_topics')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    needs: text('needs')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    stockPointId: uuid('stock_point_id'),
    supersedesId: uuid('supersedes_id'),
    voided: boolean('voided').notNull().default(false),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestampMs('created_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.memberId], foreignColumns: [members.orgId, members.id] }),
    foreignKey({ columns: [t.orgId, t.siteId], foreignColumns: [sites.orgId, sites.id] }),
    foreignKey({ columns: [t.orgId, t.stockPointId], foreignColumns: [stockPoints.orgId, stockPoints.id] }),
    foreignKey({ columns: [t.orgId, t.supersedesId], foreignColumns: [t.orgId, t.id] }),
    /** An event is corrected at most once: the chain stays a line, two concurrent corrections conflict. */
    uniqueIndex('contacts_supersedes_uq').on(t.orgId, t.supersedesId),
    index('contacts_member_idx').on(t.orgId, t.memberId, t.contactedOn),
    index('contacts_promotora_idx').on(t.orgId, t.promotoraUserId, t.contactedOn),
    index('contacts_site_idx').on(t.orgId, t.siteId, t.contactedOn),
    index('contacts_stock_point_idx').on(t.orgId, t.stockPointId),
    /** The newest first, for the organization's contact list (no sort of all its contacts). */
    index('contacts_recent_idx').on(t.orgId, t.contactedOn, t.createdAt, t.id),
    check(
      'contacts_member_or_tally_check',
      sql`(${t.memberId} is null) = (${t.anonymousCount} is not null) and coalesce(${t.anonymousCount}, 1) >= 1`,
    ),
    check(
      'contacts_quantities_check',
      sql`${t.condoms} >= 0 and ${t.lubricant} >= 0 and ${t.hivSelfTests} >= 0`,
    ),
  ],
);

/** Referrals made in a contact. `origin_id` is the first referral of a corrected chain: outcomes follow it. */
export const contactReferrals = pgTable(
  'contact_referrals',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id),
    id: uuid('id').notNull(),
    originId: uuid('origin_id').notNull(),
    contactId: uuid('contact_id').notNull(),
    service: text('service', {
      enum: ['hiv_test', 'sti', 'prep', 'pep', 'mental_health', 'legal', 'social', 'other'],
    }).notNull(),
    facilityType: text('facility_type', { enum: ['public', 'ngo', 'private', 'community'] }).notNull(),
    createdAt: timestampMs('created_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.contactId], foreignColumns: [contacts.orgId, contacts.id] }),
    index('contact_referrals_contact_idx').on(t.orgId, t.contactId),
    index('contact_referrals_origin_idx').on(t.orgId, t.originId),
    check(
      'contact_referrals_service_check',
      sql`${t.service} in ('hiv_test', 'sti', 'prep', 'pep', 'mental_health', 'legal', 'social', 'other')`,
    ),
    check(
      'contact_referrals_facility_check',
      sql`${t.facilityType} in ('public', 'ngo', 'private', 'community')`,
    ),
  ],
);

/** Outcome events of a referral (append-only): attended / not attended → result. */
export const referralEvents = pgTable(
  'referral_events',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id),
    id: uuid('id').notNull(),
    /** The referral's `origin_id`, so outcomes survive corrections of the contact. */
    referralId: uuid('referral_id').notNull(),
    status: text('status', { enum: ['attended', 'not_attended', 'result'] }).notNull(),
    result: text('result', {
      enum: ['service_received', 'result_known', 'service_denied', 'pending'],
    }),
    recordedOn: date('recorded_on', { mode: 'string' }).notNull(),
    recordedBy: uuid('recorded_by').references(() => users.id),
    createdAt: timestampMs('created_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    index('referral_events_referral_idx').on(t.orgId, t.referralId),
    check('referral_events_status_check', sql`${t.status} in ('attended', 'not_attended', 'result')`),
    check(
      'referral_events_result_check',
      sql`(${t.status} = 'result') = (${t.result} is not null) and coalesce(${t.result}, 'pending') in ('service_received', 'result_known', 'service_denied', 'pending')`,
    ),
  ],
);

classify(contacts, {
  orgId: 'internal',
  id: 'internal',
  contactedOn: 'personal',
  siteId: 'personal',
  promotoraUserId: 'personal',
  memberId: 'personal',
  anonymousCount: 'internal',
  condoms: 'personal',
  lubricant: 'personal',
  hivSelfTests: 'sensitive',
  infoTopics: 'sensitive',
  needs: 'sensitive',
  stockPointId: 'internal',
  supersedesId: 'internal',
  voided: 'internal',
  createdBy: 'personal',
  createdAt: 'internal',
});
classify(contactReferrals, {
  orgId: 'internal',
  id: 'internal',
  originId: 'internal',
  contactId: 'internal',
  service: 'sensitive',
  facilityType: 'sensitive',
  createdAt: 'internal',
});
classify(referralEvents, {
  orgId: 'internal',
  id: 'internal',
  referralId: 'internal',
  status: 'sensitive',
  result: 'sensitive',
  recordedOn: 'personal',
  recordedBy: 'personal',
  createdAt: 'internal',
});
