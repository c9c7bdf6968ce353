/** Every table of Colectiva, for Drizzle and drizzle-kit. New modules add their `*.tables.ts` here. */
export * from '../../modules/organizations/organizations.tables';
export * from '../../modules/local-groups/local-groups.tables';
export * from '../auth/auth.tables';
export * from '../../modules/org-users/memberships.tables';
export * from '../audit/audit.tables';
export * from '../crypto/keys.tables';
export * from '../idempotency/idempotency.tables';
export * from '../../modules/members/members.tables';
export * from '../../modules/areas/areas.tables';
export * from '../../modules/sites/sites.tables';
export * from '../../modules/outreach/outreach.tables';
export * from '../../modules/registry-settings/registry-settings.tables';
export * from '../../modules/stock/stock.tables';
export * from '../../modules/contacts/contacts.tables';
export * from '../../modules/imports/imports.tables';
