import { and, desc, eq, lt } from 'drizzle-orm';
import { users } from '../../platform/auth/auth.tables';
import { auditLog } from '../../platform/audit/audit.tables';
import type { DbOrTx } from '../../platform/db/client';

export async function listOrgAuditEntries(
  db: DbOrTx,
  orgId: string,
  options: { before?: number; limit: number; resourceType?: string },
) {
  const conditions = [eq(auditLog.chain, orgId)];
  if (options.before) conditions.push(lt(auditLog.seq, options.before));
  if (options.resourceType) conditions.push(eq(auditLog.resourceType, options.resourceType));
  return db
    .select({
      seq: auditLog.seq,
      at: auditLog.at,
      actor: users.username,
      action: auditLog.action,
      resourceType: auditLog.resourceType,
      resourceId: auditLog.resourceId,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorUserId))
    .where(and(...conditions))
    .orderBy(desc(auditLog.seq))
    .limit(options.limit);
}

/** Who read a record's sensitive fields, newest first (the "who viewed this record" list). */
export async function listViewers(db: DbOrTx, orgId: string, resourceType: string, resourceId: string) {
  return db
    .select({ actor: users.displayName, role: auditLog.actorRole, at: auditLog.at })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorUserId))
    .where(
      and(
        eq(auditLog.orgId, orgId),
        eq(auditLog.resourceType, resourceType),
        eq(auditLog.resourceId, resourceId),
        eq(auditLog.sensitiveRead, true),
      ),
    )
    .orderBy(desc(auditLog.at))
    .limit(500);
}
