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
import { organizations } from '../organizations/organizations.tables';

/**
 * Defined packages ("reached with the package" rules). Name and funder label change in place; the
 * rule lives in immutable versions, and `current_version` names the one in force.
 */
export const coveragePackages = pgTable(
  'coverage_packages',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id),
    id: uuid('id').notNull(),
    name: text('name').notNull(),
    funderLabel: text('funder_label'),
    isDefault: boolean('is_default').notNull().default(false),
    currentVersion: integer('current_version').notNull(),
    archivedAt: timestampMs('archived_at'),
    createdAt: timestampMs('created_at').notNull(),
    updatedAt: timestampMs('updated_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    uniqueIndex('coverage_packages_name_uq').on(t.orgId, sql`lower(${t.name})`),
    /** One default package per organization (created lazily: two first readers race on this index). */
    uniqueIndex('coverage_packages_default_uq')
      .on(t.orgId)
      .where(sql`${t.isDefault}`),
  ],
);

export const coveragePackageVersions = pgTable(
  'coverage_package_versions',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id),
    packageId: uuid('package_id').notNull(),
    version: integer('version').notNull(),
    minContacts: integer('min_contacts').notNull(),
    allOf: text('all_of').array().notNull(),
    anyOf: text('any_of').array().notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestampMs('created_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.packageId, t.version] }),
    foreignKey({
      columns: [t.orgId, t.packageId],
      foreignColumns: [coveragePackages.orgId, coveragePackages.id],
    }),
    check('coverage_package_versions_min_check', sql`${t.minContacts} between 1 and 31`),
  ],
);

/**
 * Months whose pre-aggregates are out of date. Triggers on contacts, contact_referrals,
 * referral_events and member merges add rows; `computeCoverage` refreshes and removes them.
 */
export const coverageDirtyMonths = pgTable(
  'coverage_dirty_months',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id),
    /** First day of the month. */
    month: date('month', { mode: 'string' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.month] })],
);

/**
 * One row per kept member (`coalesce(merged_into_id, id)`), month and site (null: contacts without a
 * site), from the effective contacts: contacts, services received (bit set, see
 * domain/coverage/package-rule.ts), quantities and referrals. Derived data, rebuilt per month.
 */
export const coverageMemberMonths = pgTable(
  'coverage_member_months',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id),
    month: date('month', { mode: 'string' }).notNull(),
    memberId: uuid('member_id').notNull(),
    siteId: uuid('site_id'),
    contacts: integer('contacts').notNull(),
    services: integer('services').notNull(),
    condoms: integer('condoms').notNull(),
    lubricant: integer('lubricant').notNull(),
    referralsMade: integer('referrals_made').notNull(),
    referralsCompleted: integer('referrals_completed').notNull(),
    /** An HIV-test referral made in the month whose result is 'result_known' (never a test result). */
    hivResultKnown: boolean('hiv_result_known').notNull(),
  },
  (t) => [
    index('coverage_member_months_month_idx').on(t.orgId, t.month),
    index('coverage_member_months_member_idx').on(t.orgId, t.memberId, t.month),
  ],
);

/** Per month, site (null: none) and promotora: effective contacts and people in anonymous tallies. */
export const coverageSiteMonths = pgTable(
  'coverage_site_months',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id),
    month: date('month', { mode: 'string' }).notNull(),
    siteId: uuid('site_id'),
    promotoraUserId: uuid('promotora_user_id').notNull(),
    contacts: integer('contacts').notNull(),
    anonymousPeople: integer('anonymous_people').notNull(),
  },
  (t) => [index('coverage_site_months_month_idx').on(t.orgId, t.month)],
);

classify(coveragePackages, {
  orgId: 'internal',
  id: 'internal',
  name: 'internal',
  funderLabel: 'internal',
  isDefault: 'internal',
  currentVersion: 'internal',
  archivedAt: 'internal',
  createdAt: 'internal',
  updatedAt: 'internal',
});
classify(coveragePackageVersions, {
  orgId: 'internal',
  packageId: 'internal',
  version: 'internal',
  minContacts: 'internal',
  allOf: 'internal',
  anyOf: 'internal',
  createdBy: 'personal',
  createdAt: 'internal',
});
classify(coverageDirtyMonths, { orgId: 'internal', month: 'internal' });
// Derived from contacts: the same levels as the columns they summarize (services and referral
// outcomes are health information).
classify(coverageMemberMonths, {
  orgId: 'internal',
  month: 'personal',
  memberId: 'personal',
  siteId: 'personal',
  contacts: 'personal',
  services: 'sensitive',
  condoms: 'personal',
  lubricant: 'personal',
  referralsMade: 'sensitive',
  referralsCompleted: 'sensitive',
  hivResultKnown: 'sensitive',
});
classify(coverageSiteMonths, {
  orgId: 'internal',
  month: 'internal',
  siteId: 'personal',
  promotoraUserId: 'personal',
  contacts: 'internal',
  anonymousPeople: 'internal',
});
