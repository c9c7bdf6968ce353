import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client';
import { grants } from '../grants/grants.tables';

/** Whether `grantId` names a grant of the organization (the grants module owns the table). */
export async function grantExists(db: DbOrTx, orgId: string, grantId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: grants.id })
    .from(grants)
    .where(and(eq(grants.orgId, orgId), eq(grants.id, grantId)));
  return Boolean(row);
}
