import { and, asc, eq, max } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client';
import { storedFiles } from '../../platform/files/files.tables';
import { orgDocuments, orgStrategies, strategicObjectives, workplanActivities } from './planning.tables';

export type StrategyRow = typeof orgStrategies.$inferSelect;
export type ObjectiveRow = typeof strategicObjectives.$inferSelect;
export type ActivityRow = typeof workplanActivities.$inferSelect;
export type DocumentRow = typeof orgDocuments.$inferSelect;

/** Every query is scoped by the tenant: an id from another organization simply does not match. */
export async function findStrategy(db: DbOrTx, orgId: string): Promise<StrategyRow | null> {
  const [row] = await db.select().from(orgStrategies).where(eq(orgStrategies.orgId, orgId));
  return row ?? null;
}

export async function upsertStrategy(db: DbOrTx, row: StrategyRow): Promise<void> {
  await db
    .insert(orgStrategies)
    .values(row)
    .onConflictDoUpdate({
      target: orgStrategies.orgId,
      set: { vision: row.vision, mission: row.mission, updatedAt: row.updatedAt, updatedBy: row.updatedBy },
    });
}

export async function listObjectives(db: DbOrTx, orgId: string): Promise<ObjectiveRow[]> {
  return db
    .select()
    .from(strategicObjectives)
    .where(eq(strategicObjectives.orgId, orgId))
    .orderBy(asc(strategicObjectives.position), asc(strategicObjectives.id));
}

export async function findObjective(db: DbOrTx, orgId: string, id: string): Promise<ObjectiveRow | null> {
  const [row] = await db
    .select()
    .from(strategicObjectives)
    .where(and(eq(strategicObjectives.orgId, orgId), eq(strategicObjectives.id, id)));
  return row ?? null;
}

export async function nextObjectivePosition(db: DbOrTx, orgId: string): Promise<number> {
  const [row] = await db
    .select({ last: max(strategicObjectives.position) })
    .from(strategicObjectives)
    .where(eq(strategicObjectives.orgId, orgId));
  return (row?.last ?? 0) + 1;
}

export async function countObjectives(db: DbOrTx, orgId: string): Promise<number> {
  return (await listObjectives(db, orgId)).length;
}

export async function insertObjective(db: DbOrTx, row: ObjectiveRow): Promise<boolean> {
  const inserted = await db
    .insert(strategicObjectives)
    .values(row)
    .onConflictDoNothing({ target: [strategicObjectives.orgId, strategicObjectives.id] })
    .returning({ id: strategicObjectives.id });
  return inserted.length === 1;
}

export async function updateObjective(
  db: DbOrTx,
  orgId: string,
  id: string,
  values: Partial<Pick<ObjectiveRow, 'title' | 'description' | 'position' | 'active' | 'updatedAt'>>,
): Promise<ObjectiveRow | null> {
  const [row] = await db
    .update(strategicObjectives)
    .set(values)
    .where(and(eq(strategicObjectives.orgId, orgId), eq(strategicObjectives.id, id)))
    .returning();
  return row ?? null;
}

export interface ActivityFilter {
  objectiveId?: string;
  grantId?: string;
  status?: string;
}

export async function listActivities(
  db: DbOrTx,
  orgId: string,
  filter: ActivityFilter = {},
): Promise<ActivityRow[]> {
  const conditions = [eq(workplanActivities.orgId, orgId)];
  if (filter.objectiveId) conditions.push(eq(workplanActivities.objectiveId, filter.objectiveId));
  if (filter.grantId) conditions.push(eq(workplanActivities.grantId, filter.grantId));
  if (filter.status) conditions.push(eq(workplanActivities.status, filter.status));
  return db
    .select()
    .from(workplanActivities)
    .where(and(...conditions))
    .orderBy(asc(workplanActivities.startsOn), asc(workplanActivities.endsOn), asc(workplanActivities.id));
}

export async function findActivity(db: DbOrTx, orgId: string, id: string): Promise<ActivityRow | null> {
  const [row] = await db
    .select()
    .from(workplanActivities)
    .where(and(eq(workplanActivities.orgId, orgId), eq(workplanActivities.id, id)));
  return row ?? null;
}

export async function insertActivity(db: DbOrTx, row: ActivityRow): Promise<boolean> {
  const inserted = await db
    .insert(workplanActivities)
    .values(row)
    .onConflictDoNothing({ target: [workplanActivities.orgId, workplanActivities.id] })
    .returning({ id: workplanActivities.id });
  return inserted.length === 1;
}

export async function updateActivity(
  db: DbOrTx,
  orgId: string,
  id: string,
  values: Partial<Omit<ActivityRow, 'orgId' | 'id' | 'createdAt'>>,
): Promise<ActivityRow | null> {
  const [row] = await db
    .update(workplanActivities)
    .set(values)
    .where(and(eq(workplanActivities.orgId, orgId), eq(workplanActivities.id, id)))
    .returning();
  return row ?? null;
}

export interface DocumentWithFile extends DocumentRow {
  fileContentType: string | null;
  fileSizeBytes: number | null;
}

const documentColumns = {
  orgId: orgDocuments.orgId,
  id: orgDocuments.id,
  kind: orgDocuments.kind,
  title: orgDocuments.title,
  issuedOn: orgDocuments.issuedOn,
  expiresOn: orgDocuments.expiresOn,
  fileId: orgDocuments.fileId,
  createdBy: orgDocuments.createdBy,
  createdAt: orgDocuments.createdAt,
  updatedAt: orgDocuments.updatedAt,
  fileContentType: storedFiles.contentType,
  fileSizeBytes: storedFiles.sizeBytes,
};

const fileJoin = and(eq(storedFiles.orgId, orgDocuments.orgId), eq(storedFiles.id, orgDocuments.fileId));

export async function listDocuments(db: DbOrTx, orgId: string): Promise<DocumentWithFile[]> {
  return db
    .select(documentColumns)
    .from(orgDocuments)
    .leftJoin(storedFiles, fileJoin)
    .where(eq(orgDocuments.orgId, orgId))
    .orderBy(asc(orgDocuments.kind), asc(orgDocuments.title), asc(orgDocuments.id));
}

export async function findDocument(db: DbOrTx, orgId: string, id: string): Promise<DocumentWithFile | null> {
  const [row] = await db
    .select(documentColumns)
    .from(orgDocuments)
    .leftJoin(storedFiles, fileJoin)
    .where(and(eq(orgDocuments.orgId, orgId), eq(orgDocuments.id, id)));
  return row ?? null;
}

export async function insertDocument(db: DbOrTx, row: DocumentRow): Promise<boolean> {
  const inserted = await db
    .insert(orgDocuments)
    .values(row)
    .onConflictDoNothing({ target: [orgDocuments.orgId, orgDocuments.id] })
    .returning({ id: orgDocuments.id });
  return inserted.length === 1;
}

export async function updateDocument(
  db: DbOrTx,
  orgId: string,
  id: string,
  values: Partial<Omit<DocumentRow, 'orgId' | 'id' | 'createdAt' | 'createdBy'>>,
): Promise<boolean> {
  const updated = await db
    .update(orgDocuments)
    .set(values)
    .where(and(eq(orgDocuments.orgId, orgId), eq(orgDocuments.id, id)))
    .returning({ id: orgDocuments.id });
  return updated.length === 1;
}
