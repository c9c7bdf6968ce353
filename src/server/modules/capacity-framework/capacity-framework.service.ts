import type { LevelDescriptions, LocalizedText } from '../../../domain/capacity/framework';
import { CAPACITY_LEVELS } from '../../../domain/capacity/framework';
import {
  compareFrameworks,
  completeLocalizedText,
  customItemKey,
  sameLevels,
  sameLocalizedText,
  type PartialLocalizedText,
} from '../../../domain/capacity/versioning';
import type {
  CapacityDomainUpdateInput,
  CapacityFrameworkChanges,
  CapacityFrameworkList,
  CapacityFrameworkView,
  CapacityItemCreated,
  CapacityItemCreateInput,
  CapacityItemUpdateInput,
  CapacityVersionCreateInput,
} from '../../../domain/capacity-framework.schemas';
import { newId } from '../../../domain/ids';
import { AppError } from '../../platform/errors';
import { orgContext, type OrgServiceContext, type ServiceContext } from '../../platform/http/route-spec';
import * as repo from './capacity-framework.repo';

/**
 * The capacity framework of an organization (issue 6): versions, items the organization adds, optional
 * domains it enables. Edits always target the current (highest) version; when that version is frozen
 * (an assessment used it), the edit first copies it into version N+1 and applies there, so that past
 * assessments keep the exact texts they scored. Standard items are never reworded (they are compared
 * across years and, with consent, across the network); an organization rewords only its own items.
 */

const err = (code: 'conflict' | 'not_found' | 'validation', field: string, reason: string, details = {}) =>
  new AppError(code, {
    field,
    messageKey: `capacityFramework.errors.${reason}`,
    details: { reason, ...details },
  });

async function auditCreatedV1(ctx: ServiceContext, framework: CapacityFrameworkView): Promise<void> {
  await ctx.audit({
    action: 'capacity_framework.created',
    resourceType: 'capacity_framework',
    resourceId: framework.id,
    details: { version: framework.version, standard: true },
  });
}

async function current(c: OrgServiceContext): Promise<CapacityFrameworkView> {
  const { framework, created } = await repo.ensureCurrentFramework(c.db, c.org.orgId, {
    createdBy: c.actor.userId,
    now: c.now,
  });
  if (created) await auditCreatedV1(c, framework);
  return framework;
}

export async function getCurrent(ctx: ServiceContext): Promise<CapacityFrameworkView> {
  return current(orgContext(ctx));
}

export async function listFrameworks(ctx: ServiceContext): Promise<CapacityFrameworkList> {
  const c = orgContext(ctx);
  const latest = await current(c);
  const rows = await repo.listFrameworkRows(c.db, c.org.orgId);
  const counts = await repo.countsByFramework(c.db, c.org.orgId);
  return {
    frameworks: rows.map((row) => ({
      id: row.id,
      version: row.version,
      name: row.name,
      basedOnId: row.basedOnId,
      frozenAt: row.frozenAt?.toISOString() ?? null,
      createdAt: row.createdAt.toISOString(),
      itemCount: counts.get(row.id)?.itemCount ?? 0,
      enabledDomainCount: counts.get(row.id)?.enabledDomainCount ?? 0,
      current: row.id === latest.id,
    })),
  };
}

export async function getFramework(ctx: ServiceContext, frameworkId: string): Promise<CapacityFrameworkView> {
  const c = orgContext(ctx);
  const framework = await repo.loadFramework(c.db, c.org.orgId, frameworkId);
  if (!framework) throw new AppError('not_found');
  return framework;
}

export async function getChanges(
  ctx: ServiceContext,
  frameworkId: string,
  againstId: string | undefined,
): Promise<CapacityFrameworkChanges> {
  const c = orgContext(ctx);
  const framework = await repo.loadFramework(c.db, c.org.orgId, frameworkId);
  if (!framework) throw new AppError('not_found');
  const otherId = againstId ?? framework.basedOnId;
  if (!otherId)
    return {
      against: null,
      addedItems: [],
      removedItems: [],
      changedItems: [],
      enabledDomains: [],
      disabledDomains: [],
    };
  const other = await repo.loadFramework(c.db, c.org.orgId, otherId);
  if (!other) throw new AppError('not_found', { field: 'against' });
  // Always older → newer, whichever way round the two were given.
  const [older, newer] = other.version <= framework.version ? [other, framework] : [framework, other];
  return { against: { id: other.id, version: other.version }, ...compareFrameworks(older, newer) };
}

/**
 * The version an edit applies to: `frameworkId` must be the current version (409 otherwise, with the
 * current id); if it is frozen, the next version is created from it first. The row is locked so that
 * concurrent edits and assessment starts are serialized.
 */
async function editableVersion(
  c: OrgServiceContext,
  frameworkId: string,
): Promise<{ frameworkId: string; version: number; newVersion: boolean }> {
  const row = await repo.lockFrameworkRow(c.db, c.org.orgId, frameworkId);
  if (!row) throw new AppError('not_found');
  const latest = await repo.findCurrentFrameworkRow(c.db, c.org.orgId);
  if (!latest || latest.id !== row.id)
    throw err('conflict', 'frameworkId', 'notCurrent', { currentId: latest?.id ?? null });
  if (!row.frozenAt) return { frameworkId: row.id, version: row.version, newVersion: false };
  const next = await repo.copyFrameworkAsNextVersion(c.db, row, c.actor.userId, c.now);
  await c.audit({
    action: 'capacity_framework.version_created',
    resourceType: 'capacity_framework',
    resourceId: next.id,
    details: { version: next.version, basedOnId: row.id },
  });
  return { frameworkId: next.id, version: next.version, newVersion: true };
}

async function reload(c: OrgServiceContext, frameworkId: string): Promise<CapacityFrameworkView> {
  const framework = await repo.loadFramework(c.db, c.org.orgId, frameworkId);
  if (!framework) throw new AppError('not_found');
  return framework;
}

function completeText(input: PartialLocalizedText, field: string): LocalizedText {
  const text = completeLocalizedText(input);
  if (!text) throw new AppError('validation', { field });
  return text;
}

function completeLevels(input: Record<string, PartialLocalizedText>): LevelDescriptions {
  const levels = {} as Record<(typeof CAPACITY_LEVELS)[number], LocalizedText>;
  for (const level of CAPACITY_LEVELS) levels[level] = completeText(input[level] ?? {}, `levels.${level}`);
  return levels;
}

/** Starts version N+1 from the current version, which must be frozen (else edits apply in place). */
export async function createVersion(
  ctx: ServiceContext,
  input: CapacityVersionCreateInput,
): Promise<CapacityFrameworkView> {
  const c = orgContext(ctx);
  const row = await repo.lockFrameworkRow(c.db, c.org.orgId, input.basedOnId);
  if (!row) throw new AppError('not_found', { field: 'basedOnId' });
  const latest = await repo.findCurrentFrameworkRow(c.db, c.org.orgId);
  if (!latest || latest.id !== row.id)
    throw err('conflict', 'basedOnId', 'notCurrent', { currentId: latest?.id ?? null });
  if (!row.frozenAt) throw err('conflict', 'basedOnId', 'notFrozen');
  const { frameworkId } = await editableVersion(c, row.id);
  return reload(c, frameworkId);
}

/** Adds an organization item to a domain of the current version (a new version if it was frozen). */
export async function addItem(
  ctx: ServiceContext,
  frameworkId: string,
  input: CapacityItemCreateInput,
): Promise<CapacityItemCreated> {
  const c = orgContext(ctx);
  const statement = completeText(input.statement, 'statement');
  const levels = completeLevels(input.levels);
  if (input.id) {
    // A retried create (client-generated id) answers with the item as created, in its version.
    const existing = await repo.findItemById(c.db, c.org.orgId, input.id);
    if (existing) {
      if (!existing.custom || !sameLocalizedText(existing.statement, statement))
        throw new AppError('conflict', { field: 'id' });
      const framework = await reload(c, existing.frameworkId);
      const item = framework.domains.flatMap((d) => d.items).find((i) => i.id === existing.id)!;
      return { framework, item };
    }
  }
  const target = await editableVersion(c, frameworkId);
  const domain = await repo.findDomainByKey(c.db, c.org.orgId, target.frameworkId, input.domainKey);
  if (!domain) throw new AppError('not_found', { field: 'domainKey' });
  const id = input.id ?? newId(c.now.getTime());
  const key = customItemKey(domain.key, id);
  await repo.insertItem(c.db, {
    orgId: c.org.orgId,
    id,
    frameworkId: target.frameworkId,
    domainId: domain.id,
    key,
    position: (await repo.maxItemPosition(c.db, c.org.orgId, domain.id)) + 1,
    statement,
    levels,
    custom: true,
  });
  await c.audit({
    action: 'capacity_framework.item_added',
    resourceType: 'capacity_framework',
    resourceId: target.frameworkId,
    details: { itemId: id, domainKey: domain.key, version: target.version, newVersion: target.newVersion },
  });
  const framework = await reload(c, target.frameworkId);
  const item = framework.domains.flatMap((d) => d.items).find((i) => i.id === id)!;
  return { framework, item };
}

async function customItem(c: OrgServiceContext, frameworkId: string, itemKey: string) {
  const item = await repo.findItemByKey(c.db, c.org.orgId, frameworkId, itemKey);
  if (!item) throw new AppError('not_found', { field: 'itemKey' });
  if (!item.custom) throw err('conflict', 'itemKey', 'standardItem');
  return item;
}

/** Rewords an organization item. Nothing changes (no new version) when the texts are the same. */
export async function updateItem(
  ctx: ServiceContext,
  frameworkId: string,
  itemKey: string,
  input: CapacityItemUpdateInput,
): Promise<CapacityFrameworkView> {
  const c = orgContext(ctx);
  const before = await customItem(c, frameworkId, itemKey);
  const statement = input.statement ? completeText(input.statement, 'statement') : before.statement;
  const levels = input.levels ? completeLevels(input.levels) : before.levels;
  if (sameLocalizedText(before.statement, statement) && sameLevels(before.levels, levels)) {
    const latest = await repo.findCurrentFrameworkRow(c.db, c.org.orgId);
    if (latest?.id !== frameworkId)
      throw err('conflict', 'frameworkId', 'notCurrent', { currentId: latest?.id ?? null });
    return reload(c, frameworkId);
  }
  const target = await editableVersion(c, frameworkId);
  const item = await customItem(c, target.frameworkId, itemKey);
  await repo.updateItem(c.db, c.org.orgId, item.id, { statement, levels });
  await c.audit({
    action: 'capacity_framework.item_updated',
    resourceType: 'capacity_framework',
    resourceId: target.frameworkId,
    details: {
      itemId: item.id,
      statement: input.statement !== undefined,
      levels: input.levels !== undefined,
      version: target.version,
      newVersion: target.newVersion,
    },
  });
  return reload(c, target.frameworkId);
}

/** Removes an organization item (from a new version when the current one is frozen). */
export async function removeItem(
  ctx: ServiceContext,
  frameworkId: string,
  itemKey: string,
): Promise<CapacityFrameworkView> {
  const c = orgContext(ctx);
  await customItem(c, frameworkId, itemKey);
  const target = await editableVersion(c, frameworkId);
  const item = await customItem(c, target.frameworkId, itemKey);
  await repo.deleteItem(c.db, c.org.orgId, item.id);
  await c.audit({
    action: 'capacity_framework.item_removed',
    resourceType: 'capacity_framework',
    resourceId: target.frameworkId,
    details: { itemId: item.id, version: target.version, newVersion: target.newVersion },
  });
  return reload(c, target.frameworkId);
}

/** Enables or disables an optional domain. The seed's six domains are always enabled. */
export async function setDomainEnabled(
  ctx: ServiceContext,
  frameworkId: string,
  domainKey: string,
  input: CapacityDomainUpdateInput,
): Promise<CapacityFrameworkView> {
  const c = orgContext(ctx);
  const before = await repo.findDomainByKey(c.db, c.org.orgId, frameworkId, domainKey);
  if (!before) throw new AppError('not_found', { field: 'domainKey' });
  if (!before.optional) throw err('conflict', 'domainKey', 'coreDomain');
  if (before.enabled === input.enabled) {
    const latest = await repo.findCurrentFrameworkRow(c.db, c.org.orgId);
    if (latest?.id !== frameworkId)
      throw err('conflict', 'frameworkId', 'notCurrent', { currentId: latest?.id ?? null });
    return reload(c, frameworkId);
  }
  const target = await editableVersion(c, frameworkId);
  const domain = await repo.findDomainByKey(c.db, c.org.orgId, target.frameworkId, domainKey);
  if (!domain) throw new AppError('not_found', { field: 'domainKey' });
  await repo.setDomainEnabled(c.db, c.org.orgId, domain.id, input.enabled);
  await c.audit({
    action: input.enabled ? 'capacity_framework.domain_enabled' : 'capacity_framework.domain_disabled',
    resourceType: 'capacity_framework',
    resourceId: target.frameworkId,
    details: { domainKey, version: target.version, newVersion: target.newVersion },
  });
  return reload(c, target.frameworkId);
}
