import { sql, type SQL } from 'drizzle-orm';
import { contacts } from './contacts.tables';

/**
 * A contact counts when it is not voided and no later event supersedes it. Every figure (new vs
 * repeat, condoms given, stock distributed, due for contact) reads effective contacts only.
 */
export const isEffectiveContact: SQL = sql`(not ${contacts.voided} and not exists (
  select 1 from contacts as superseding
  where superseding.org_id = ${contacts.orgId} and superseding.supersedes_id = ${contacts.id}))`;
