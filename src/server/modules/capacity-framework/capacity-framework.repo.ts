import { and, asc, desc, eq, isNull } from 'drizzle-orm';
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
 * The organization's current framework (its highest version). On first use, version 1 is created from
 * the standard content (the seed's six domains enabled, the optional domains disabled). Safe under
 * concurrent first use: the version is unique per organization and the loser reads the winner's copy.
 */
export async function getCurrentFramework(
  db: DbOrTx,
  orgId: string,
  options: { createdBy?: string | null; now?: Date } = {},
): Promise<CapacityFrameworkView> {
  let current = await findCurrentFrameworkRow(db, orgId);
  if (!current) {
    await insertStandardFramework(
      db,
      orgId,
      STANDARD_FRAMEWORK,
      options.createdBy ?? null,
      options.now ?? new Date(),
    );
    current = await findCurrentFrameworkRow(db, orgId);
  }
  if (!current) throw new Error('capacity framework could not be created');
  const loaded = await loadFramework(db, orgId, current.id);
  if (!loaded) throw new Error('capacity framework vanished');
  return loaded;
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
