import { orgContext, type ServiceContext } from '../../platform/http/route-spec';
import * as repo from './audit.repo';

export async function listAuditEntries(
  ctx: ServiceContext,
  query: { before?: string; limit: number; resourceType?: string },
) {
  const c = orgContext(ctx);
  const rows = await repo.listOrgAuditEntries(c.db, c.org.orgId, {
    before: query.before ? Number(query.before) : undefined,
    limit: query.limit,
    resourceType: query.resourceType,
  });
  const entries = rows.map((row) => ({
    id: String(row.seq),
    at: row.at.toISOString(),
    actor: row.actor,
    action: row.action,
    resourceType: row.resourceType,
    resourceId: row.resourceId,
  }));
  const last = rows.at(-1);
  return { entries, nextBefore: rows.length === query.limit && last ? String(last.seq) : null };
}

export async function listViewers(ctx: ServiceContext, query: { resourceType: string; resourceId: string }) {
  const c = orgContext(ctx);
  const rows = await repo.listViewers(c.db, c.org.orgId, query.resourceType, query.resourceId);
  return { viewers: rows.map((row) => ({ actor: row.actor, role: row.role, at: row.at.toISOString() })) };
}
