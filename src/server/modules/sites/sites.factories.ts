import { and, eq, isNull } from 'drizzle-orm';
import { newId } from '../../../domain/ids';
import type { SiteTypology } from '../../../domain/sites.schemas';
import type { TestApp } from '../../testing/test-app';
import { areas } from '../areas/areas.tables';
import { siteEstimates, siteNotesColumn, sites, siteWorkers } from './sites.tables';

/** Test builders for areas, sites, workers and estimates (they create missing parents). */

async function findOrCreateArea(
  t: TestApp,
  orgId: string,
  area: {
    level: 'country' | 'province' | 'municipality';
    name: string;
    countryCode: string;
    parentId: string | null;
  },
): Promise<string> {
  const [existing] = await t.db
    .select({ id: areas.id })
    .from(areas)
    .where(
      and(
        eq(areas.orgId, orgId),
        area.parentId ? eq(areas.parentId, area.parentId) : eq(areas.countryCode, area.countryCode),
        eq(areas.level, area.level),
        area.parentId ? eq(areas.name, area.name) : undefined,
        isNull(areas.deletedAt),
      ),
    );
  if (existing) return existing.id;
  const id = newId();
  const now = t.clock.now();
  await t.db.insert(areas).values({ orgId, id, ...area, createdAt: now, updatedAt: now });
  return id;
}

export interface AreaPathOptions {
  orgId: string;
  countryCode?: string;
  country?: string;
  province?: string;
  municipality?: string;
}

/** Country → province → municipality, reusing the levels that exist already. */
export async function buildAreaPath(t: TestApp, options: AreaPathOptions) {
  const countryCode = options.countryCode ?? 'SV';
  const countryId = await findOrCreateArea(t, options.orgId, {
    level: 'country',
    name: options.country ?? countryCode,
    countryCode,
    parentId: null,
  });
  const provinceId = await findOrCreateArea(t, options.orgId, {
    level: 'province',
    name: options.province ?? 'San Salvador',
    countryCode,
    parentId: countryId,
  });
  const municipalityId = await findOrCreateArea(t, options.orgId, {
    level: 'municipality',
    name: options.municipality ?? `Municipio ${newId().slice(-8)}`,
    countryCode,
    parentId: provinceId,
  });
  return { countryId, provinceId, municipalityId };
}

export interface SiteOptions {
  orgId: string;
  areaId?: string;
  name?: string;
  typology?: SiteTypology;
  notes?: string;
  workerUserIds?: readonly string[];
}

export async function buildSite(t: TestApp, options: SiteOptions) {
  const id = newId();
  const now = t.clock.now();
  const areaId = options.areaId ?? (await buildAreaPath(t, { orgId: options.orgId })).municipalityId;
  await t.db.insert(sites).values({
    orgId: options.orgId,
    id,
    areaId,
    name: options.name ?? `Punto ${id.slice(-8)}`,
    typology: options.typology ?? 'street',
    activityDays: ['fri', 'sat'],
    opensAt: '20:00',
    closesAt: '02:00',
    notesEnc: options.notes
      ? await t.deps.keyring.encryptText(
          options.orgId,
          options.notes,
          siteNotesColumn.aad({ org_id: options.orgId, id }),
        )
      : null,
    createdAt: now,
    updatedAt: now,
  });
  for (const userId of options.workerUserIds ?? [])
    await t.db.insert(siteWorkers).values({ orgId: options.orgId, siteId: id, userId, createdAt: now });
  return { id, orgId: options.orgId, areaId };
}

export async function buildEstimate(
  t: TestApp,
  options: {
    orgId: string;
    siteId: string;
    low?: number;
    point?: number;
    high?: number;
    estimatedOn?: string;
  },
) {
  const id = newId();
  await t.db.insert(siteEstimates).values({
    orgId: options.orgId,
    id,
    siteId: options.siteId,
    low: options.low ?? 20,
    point: options.point ?? 30,
    high: options.high ?? 45,
    method: 'mapping',
    estimatedOn: options.estimatedOn ?? t.clock.now().toISOString().slice(0, 10),
    source: 'Mapeo participativo',
    createdAt: t.clock.now(),
  });
  return { id };
}
