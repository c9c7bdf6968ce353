import { and, asc, count, desc, eq, isNull, max } from 'drizzle-orm';
import type { FrameworkContent } from '../../../domain/capacity/framework';
import { STANDARD_FRAMEWORK } from '../../../domain/capacity/standard-framework';
import type { CapacityFrameworkView } from '../../../domain/capacity-framework.schemas';
import { newId } from '../../../domain/ids';
import type { DbOrTx } from '../../platform/db/client';
import { capacityDomains, capacityFrameworks, capacityItems } from './capacity-framework.tables';

export type FrameworkRow = typeof capacityFrameworks.$inferSelect;
export type DomainRow = typeof capacityDomains.$inferSelect;
export type ItemRow = typeof capacityItems.$inferSelect;

/** Name given to version 1, copied from the standard content (Spanish, the default language). */
export const STANDARD_FRAMEWORK_NAME = STANDARD_FRAMEWORK.name.es;

export async function findFrameworkRow(
  db: DbOrTx,
  orgId: string,
  frameworkId: string,
): Promise<FrameworkRow | null> {
  const [row] = await db
    .select()
    .from(capacityFrameworks)
    .where(and(eq(capacityFrameworks.orgId, orgId), eq(capacityFrameworks.id, frameworkId)));
  return row ?? null;
}

/** The highest version, or null before first use. */
export async function findCurrentFrameworkRow(db: DbOrTx, orgId: string): Promise<FrameworkRow | null> {
  const [row] = await db
    .select()
    .from(capacityFrameworks)
    .where(eq(capacityFrameworks.orgId, orgId))
    .orderBy(desc(capacityFrameworks.version))
    .limit(1);
  return row ?? null;
}

export async function listFrameworkRows(db: DbOrTx, orgId: string): Promise<FrameworkRow[]> {
  return db
    .select()
    .from(capacityFrameworks)
    .where(eq(capacityFrameworks.orgId, orgId))
    .orderBy(desc(capacityFrameworks.version));
}

function present(framework: FrameworkRow, domains: DomainRow[], items: ItemRow[]): CapacityFrameworkView {
  return {
    id: framework.id,
    version: framework.version,
    name: framework.name,
    basedOnId: framework.basedOnId,
    frozenAt: framework.frozenAt?.toISOString() ?? null,
    createdAt: framework.createdAt.toISOString(),
    domains: domains.map((domain) => ({
      id: domain.id,
      key: domain.key,
      position: domain.position,
      optional: domain.optional,
      enabled: domain.enabled,
      labels: domain.labels,
      description: domain.description,
      items: items
        .filter((item) => item.domainId === domain.id)
        .map((item) => ({
          id: item.id,
          key: item.key,
          domainId: item.domainId,
          position: item.position,
          statement: item.statement,
          levels: item.levels,
          custom: item.custom,
        })),
    })),
  };
}

/**
 * One version of an organization's framework with every domain (enabled or not) and item in order, or
 * null when the id is unknown in this organization. Assessments score the items of enabled domains.
 */
export async function loadFramework(
  db: DbOrTx,
  orgId: string,
  frameworkId: string,
): Promise<CapacityFrameworkView | null> {
  const framework = await findFrameworkRow(db, orgId, frameworkId);
  if (!framework) return null;
  const domains = await db
    .select()
    .from(capacityDomains)
    .where(and(eq(capacityDomains.orgId, orgId), eq(capacityDomains.frameworkId, frameworkId)))
    .orderBy(asc(capacityDomains.position), asc(capacityDomains.key));
  const items = await db
    .select()
    .from(capacityItems)
    .where(and(eq(capacityItems.orgId, orgId), eq(capacityItems.frameworkId, frameworkId)))
    .orderBy(asc(capacityItems.position), asc(capacityItems.key));
  return present(framework, domains, items);
}

/** Inserts version 1 from the standard content; false when another request created it first. */
async function insertStandardFramework(
  db: DbOrTx,
  orgId: string,
  content: FrameworkContent,
  createdBy: string | null,
  now: Date,
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const frameworkId = newId(now.getTime());
    const inserted = await tx
      .insert(capacityFrameworks)
      .values({
        orgId,
        id: frameworkId,
        version: 1,
        name: content.name.es,
        basedOnId: null,
        frozenAt: null,
        createdBy,
        createdAt: now,
      })
      .onConflictDoNothing({ target: [capacityFrameworks.orgId, capacityFrameworks.version] })
      .returning({ id: capacityFrameworks.id });
    if (inserted.length === 0) return false;
    const domainRows: DomainRow[] = [];
    const itemRows: ItemRow[] = [];
    content.domains.forEach((domain, domainIndex) => {
      const domainId = newId(now.getTime());
      domainRows.push({
        orgId,
        id: domainId,
        frameworkId,
        key: domain.key,
        position: domainIndex + 1,
        optional: domain.optional,
        enabled: !domain.optional,
        labels: { ...domain.labels },
        description: { ...domain.description },
      });
      domain.items.forEach((item, itemIndex) => {
        itemRows.push({
          orgId,
          id: newId(now.getTime()),
          frameworkId,
          domainId,
          key: item.key,
          position: itemIndex + 1,
          statement: { ...item.statement },
          levels: structuredClone<ItemRow['levels']>(item.levels),
          custom: false,
        });
      });
    });
    if (domainRows.length > 0) await tx.insert(capacityDomains).values(domainRows);
    if (itemRows.length > 0) await tx.insert(capacityItems).values(itemRows);
    return true;
  });
}

/**
 * The current framework, creating version 1 from the standard content on first use; `created` says
 * whether this call created it (the service audits that).
 */
export async function ensureCurrentFramework(
  db: DbOrTx,
  orgId: string,
  options: { createdBy?: string | null; now?: Date } = {},
): Promise<{ framework: CapacityFrameworkView; created: boolean }> {
  let current = await findCurrentFrameworkRow(db, orgId);
  let created = false;
  if (!current) {
    created = await insertStandardFramework(
      db,
      orgId,
      STANDARD_FRAMEWORK,
      options.createdBy ?? null,
      options.now ?? new Date(),
    );
    current = await findCurrentFrameworkRow(db, orgId);
  }
  if (!current) throw new Error('capacity framework could not be created');
  const framework = await loadFramework(db, orgId, current.id);
  if (!framework) throw new Error('capacity framework vanished');
  return { framework, created };
}

/**
 * The organization's current framework (its highest version). On first use, version 1 is created from
 * the standard content (the seed's six domains enabled, the optional domains disabled). Safe under
 * concurrent first use: the version is unique per organization and the loser reads the winner's copy.
 */
export async function getCurrentFramework(
  db: DbOrTx,
  orgId: string,
  options: { createdBy?: string | null; now?: Date } = {},
): Promise<CapacityFrameworkView> {
  return (await ensureCurrentFramework(db, orgId, options)).framework;
}

/**
 * Marks a version as used by an assessment (6B calls it when an assessment starts). Idempotent: the
 * first freeze time is kept. Later edits of the framework create a new version.
 */
export async function freezeFramework(
  db: DbOrTx,
  orgId: string,
  frameworkId: string,
  at: Date,
): Promise<void> {
  await db
    .update(capacityFrameworks)
    .set({ frozenAt: at })
    .where(
      and(
        eq(capacityFrameworks.orgId, orgId),
        eq(capacityFrameworks.id, frameworkId),
        isNull(capacityFrameworks.frozenAt),
      ),
    );
}

/** Locks a version's row for the rest of the transaction (edits and new versions are serialized). */
export async function lockFrameworkRow(
  db: DbOrTx,
  orgId: string,
  frameworkId: string,
): Promise<FrameworkRow | null> {
  const [row] = await db
    .select()
    .from(capacityFrameworks)
    .where(and(eq(capacityFrameworks.orgId, orgId), eq(capacityFrameworks.id, frameworkId)))
    .for('update');
  return row ?? null;
}

/**
 * Copies a version into the next one (same domains, items, keys, positions and flags; new ids), the
 * copy `based_on` the original and not frozen. Returns the new version's row.
 */
export async function copyFrameworkAsNextVersion(
  db: DbOrTx,
  from: FrameworkRow,
  createdBy: string | null,
  now: Date,
): Promise<FrameworkRow> {
  const orgId = from.orgId;
  const row: FrameworkRow = {
    orgId,
    id: newId(now.getTime()),
    version: from.version + 1,
    name: from.name,
    basedOnId: from.id,
    frozenAt: null,
    createdBy,
    createdAt: now,
  };
  await db.insert(capacityFrameworks).values(row);
  const domains = await db
    .select()
    .from(capacityDomains)
    .where(and(eq(capacityDomains.orgId, orgId), eq(capacityDomains.frameworkId, from.id)));
  const items = await db
    .select()
    .from(capacityItems)
    .where(and(eq(capacityItems.orgId, orgId), eq(capacityItems.frameworkId, from.id)));
  const domainIds = new Map<string, string>();
  const domainRows = domains.map((d) => {
    const id = newId(now.getTime());
    domainIds.set(d.id, id);
    return { ...d, id, frameworkId: row.id };
  });
  const itemRows = items.map((i) => ({
    ...i,
    id: newId(now.getTime()),
    frameworkId: row.id,
    domainId: domainIds.get(i.domainId)!,
  }));
  if (domainRows.length > 0) await db.insert(capacityDomains).values(domainRows);
  if (itemRows.length > 0) await db.insert(capacityItems).values(itemRows);
  return row;
}

export async function findDomainByKey(
  db: DbOrTx,
  orgId: string,
  frameworkId: string,
  key: string,
): Promise<DomainRow | null> {
  const [row] = await db
    .select()
    .from(capacityDomains)
    .where(
      and(
        eq(capacityDomains.orgId, orgId),
        eq(capacityDomains.frameworkId, frameworkId),
        eq(capacityDomains.key, key),
      ),
    );
  return row ?? null;
}

export async function findItemByKey(
  db: DbOrTx,
  orgId: string,
  frameworkId: string,
  key: string,
): Promise<ItemRow | null> {
  const [row] = await db
    .select()
    .from(capacityItems)
    .where(
      and(
        eq(capacityItems.orgId, orgId),
        eq(capacityItems.frameworkId, frameworkId),
        eq(capacityItems.key, key),
      ),
    );
  return row ?? null;
}

export async function findItemById(db: DbOrTx, orgId: string, id: string): Promise<ItemRow | null> {
  const [row] = await db
    .select()
    .from(capacityItems)
    .where(and(eq(capacityItems.orgId, orgId), eq(capacityItems.id, id)));
  return row ?? null;
}

export async function maxItemPosition(db: DbOrTx, orgId: string, domainId: string): Promise<number> {
  const [row] = await db
    .select({ max: max(capacityItems.position) })
    .from(capacityItems)
    .where(and(eq(capacityItems.orgId, orgId), eq(capacityItems.domainId, domainId)));
  return row?.max ?? 0;
}

export async function insertItem(db: DbOrTx, row: ItemRow): Promise<void> {
  await db.insert(capacityItems).values(row);
}

export async function updateItem(
  db: DbOrTx,
  orgId: string,
  id: string,
  values: Partial<Pick<ItemRow, 'statement' | 'levels'>>,
): Promise<void> {
  await db
    .update(capacityItems)
    .set(values)
    .where(and(eq(capacityItems.orgId, orgId), eq(capacityItems.id, id)));
}

export async function deleteItem(db: DbOrTx, orgId: string, id: string): Promise<void> {
  await db.delete(capacityItems).where(and(eq(capacityItems.orgId, orgId), eq(capacityItems.id, id)));
}

export async function setDomainEnabled(
  db: DbOrTx,
  orgId: string,
  id: string,
  enabled: boolean,
): Promise<void> {
  await db
    .update(capacityDomains)
    .set({ enabled })
    .where(and(eq(capacityDomains.orgId, orgId), eq(capacityDomains.id, id)));
}

/** Per version: items of enabled domains and enabled domains, for the list of versions. */
export async function countsByFramework(
  db: DbOrTx,
  orgId: string,
): Promise<Map<string, { itemCount: number; enabledDomainCount: number }>> {
  const domains = await db
    .select({
      id: capacityDomains.id,
      frameworkId: capacityDomains.frameworkId,
      enabled: capacityDomains.enabled,
    })
    .from(capacityDomains)
    .where(eq(capacityDomains.orgId, orgId));
  const items = await db
    .select({ domainId: capacityItems.domainId, n: count() })
    .from(capacityItems)
    .where(eq(capacityItems.orgId, orgId))
    .groupBy(capacityItems.domainId);
  const itemsByDomain = new Map(items.map((r) => [r.domainId, Number(r.n)]));
  const result = new Map<string, { itemCount: number; enabledDomainCount: number }>();
  for (const d of domains) {
    const entry = result.get(d.frameworkId) ?? { itemCount: 0, enabledDomainCount: 0 };
    if (d.enabled) {
      entry.enabledDomainCount += 1;
      entry.itemCount += itemsByDomain.get(d.id) ?? 0;
    }
    result.set(d.frameworkId, entry);
  }
  return result;
}
