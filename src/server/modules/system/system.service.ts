import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client';

/** True when the database answers. */
export async function isDatabaseUp(db: DbOrTx): Promise<boolean> {
  try {
    await db.execute(sql`select 1`);
    return true;
  } catch {
    return false;
  }
}
