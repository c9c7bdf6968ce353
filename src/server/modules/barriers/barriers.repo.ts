import { and, asc, eq } from 'drizzle-orm';
import type { BarrierListQuery } from '../../../domain/barriers.schemas';
import type { DbOrTx } from '../../platform/db/client';
import { areas } from '../areas/areas.tables';
import { hrCaseBarriers, structuralBarriers } from './barriers.tables';

export type BarrierRow = typeof structuralBarriers.$inferSelect;
export type BarrierWithArea = BarrierRow & { areaName: string | null };

const withArea = {
  orgId: structuralBarriers.orgId,
  id: structuralBarriers.id,
  kind: structuralBarriers.kind,
  title: structuralBarriers.title,
  description: structuralBarriers.description,
  countryCode: structuralBarriers.countryCode,
  areaId: structuralBarriers.areaId,
  status: structuralBarriers.status,
  createdBy: structuralBarriers.createdBy,
  createdAt: structuralBarriers.createdAt,
  updatedAt: structuralBarriers.updatedAt,
  areaName: areas.name,
};

export async function listBarriers(
  db: DbOrTx,
  orgId: string,
  query: BarrierListQuery,
): Promise<BarrierWithArea[]> {
  return db
    .select(withArea)
    .from(structuralBarriers)
    .leftJoin(areas, and(eq(areas.orgId, structuralBarriers.orgId), eq(areas.id, structuralBarriers.areaId)))
    .where(
      and(
        eq(structuralBarriers.orgId, orgId),
        query.status ? eq(structuralBarriers.status, query.status) : undefined,
        query.kind ? eq(structuralBarriers.kind, query.kind) : undefined,
        query.countryCode ? eq(structuralBarriers.countryCode, query.countryCode) : undefined,
        query.areaId ? eq(structuralBarriers.areaId, query.areaId) : undefined,
      ),
    )
    .orderBy(asc(structuralBarriers.title));
}

export async function findBarrier(db: DbOrTx, orgId: string, id: string): Promise<BarrierWithArea | null> {
  const [row] = await db
    .select(withArea)
    .from(structuralBarriers)
    .leftJoin(areas, and(eq(areas.orgId, structuralBarriers.orgId), eq(areas.id, structuralBarriers.areaId)))
    .where(and(eq(structuralBarriers.orgId, orgId), eq(structuralBarriers.id, id)));
  return row ?? null;
}

export async function insertBarrier(db: DbOrTx, row: BarrierRow): Promise<boolean> {
  const inserted = await db
    .insert(structuralBarriers)
    .values(row)
    .onConflictDoNothing({ target: [structuralBarriers.orgId, structuralBarriers.id] })
    .returning({ id: structuralBarriers.id });
  return inserted.length === 1;
}

export async function updateBarrier(
  db: DbOrTx,
  orgId: string,
  id: string,
  values: Partial<Omit<BarrierRow, 'orgId' | 'id' | 'createdBy' | 'createdAt'>>,
): Promise<void> {
  await db
    .update(structuralBarriers)
    .set(values)
    .where(and(eq(structuralBarriers.orgId, orgId), eq(structuralBarriers.id, id)));
}

export async function areaExists(db: DbOrTx, orgId: string, areaId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: areas.id })
    .from(areas)
    .where(and(eq(areas.orgId, orgId), eq(areas.id, areaId)));
  return row !== undefined;
}

export async function listCaseBarriers(db: DbOrTx, orgId: string, caseId: string) {
  return db
    .select({
      id: structuralBarriers.id,
      kind: structuralBarriers.kind,
      title: structuralBarriers.title,
      status: structuralBarriers.status,
      linkedAt: hrCaseBarriers.linkedAt,
    })
    .from(hrCaseBarriers)
    .innerJoin(
      structuralBarriers,
      and(
        eq(structuralBarriers.orgId, hrCaseBarriers.orgId),
        eq(structuralBarriers.id, hrCaseBarriers.barrierId),
      ),
    )
    .where(and(eq(hrCaseBarriers.orgId, orgId), eq(hrCaseBarriers.caseId, caseId)))
    .orderBy(asc(hrCaseBarriers.linkedAt));
}

/** Returns false when the link existed already (a retried link). */
export async function insertCaseBarrier(
  db: DbOrTx,
  row: typeof hrCaseBarriers.$inferSelect,
): Promise<boolean> {
  const inserted = await db
    .insert(hrCaseBarriers)
    .values(row)
    .onConflictDoNothing()
    .returning({ caseId: hrCaseBarriers.caseId });
  return inserted.length === 1;
}

export async function deleteCaseBarrier(db: DbOrTx, orgId: string, caseId: string, barrierId: string) {
  const deleted = await db
    .delete(hrCaseBarriers)
    .where(
      and(
        eq(hrCaseBarriers.orgId, orgId),
        eq(hrCaseBarriers.caseId, caseId),
        eq(hrCaseBarriers.barrierId, barrierId),
      ),
    )
    .returning({ caseId: hrCaseBarriers.caseId });
  return deleted.length === 1;
}
