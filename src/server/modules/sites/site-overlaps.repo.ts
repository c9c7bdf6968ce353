import { and, eq, inArray, isNull, ne } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../platform/db/client';
import { areas } from '../areas/areas.tables';
import { organizations } from '../organizations/organizations.tables';
import { sites } from './sites.tables';

/** What the overlap check may know about another organization's site: nothing that leaves this module. */
export interface NetworkSite {
  organizationName: string;
  countryCode: string;
  /** Area names below the country, from the province down. */
  areaNames: string[];
  typology: string;
  name: string;
}

/**
 * Live sites of the other organizations of a network in the given countries. This is the one query of
 * the module that crosses tenants, on purpose: its rows only feed the overlap comparison, and only the
 * other organization's name and the caller's own area are ever answered.
 */
export async function listNetworkSites(
  db: DbOrTx,
  options: { networkId: string; excludeOrgId: string; countryCodes: readonly string[] },
): Promise<NetworkSite[]> {
  if (options.countryCodes.length === 0) return [];
  const parent = alias(areas, 'parent_area');
  const rows = await db
    .select({
      organizationName: organizations.name,
      countryCode: areas.countryCode,
      level: areas.level,
      areaName: areas.name,
      parentName: parent.name,
      typology: sites.typology,
      name: sites.name,
    })
    .from(sites)
    .innerJoin(organizations, eq(organizations.id, sites.orgId))
    .innerJoin(areas, and(eq(areas.orgId, sites.orgId), eq(areas.id, sites.areaId)))
    .leftJoin(parent, and(eq(parent.orgId, areas.orgId), eq(parent.id, areas.parentId)))
    .where(
      and(
        eq(organizations.networkId, options.networkId),
        ne(sites.orgId, options.excludeOrgId),
        isNull(sites.deletedAt),
        inArray(areas.countryCode, [...options.countryCodes]),
      ),
    );
  return rows.map((row) => ({
    organizationName: row.organizationName,
    countryCode: row.countryCode,
    areaNames:
      row.level === 'country'
        ? []
        : row.level === 'province'
          ? [row.areaName]
          : [row.parentName ?? '', row.areaName],
    typology: row.typology,
    name: row.name,
  }));
}
