import { normalizePlaceName, type OverlapWarning } from '../../../domain/sites.schemas';
import type { NetworkSite } from './site-overlaps.repo';

/** The place a site is in, as compared across organizations: country code + folded area names. */
export function catchmentKey(countryCode: string, areaNamesBelowCountry: readonly string[]): string {
  return [countryCode, ...areaNamesBelowCountry.map(normalizePlaceName)].join('|');
}

export interface OwnSite {
  countryCode: string;
  /** Names from the country down (the country's own name is not compared: codes are). */
  areaPath: readonly string[];
  typology: string;
  name: string;
}

/**
 * Warnings for one of our sites: each other organization with a site in the same area and the same
 * typology or the same (folded) name. Only the organization's name and our own area are returned.
 */
export function overlapsFor(site: OwnSite, others: readonly NetworkSite[]): OverlapWarning[] {
  const key = catchmentKey(site.countryCode, site.areaPath.slice(1));
  const name = normalizePlaceName(site.name);
  const byOrg = new Map<string, Set<'typology' | 'name'>>();
  for (const other of others) {
    if (catchmentKey(other.countryCode, other.areaNames) !== key) continue;
    const reasons = byOrg.get(other.organizationName) ?? new Set();
    if (other.typology === site.typology) reasons.add('typology');
    if (normalizePlaceName(other.name) === name) reasons.add('name');
    if (reasons.size) byOrg.set(other.organizationName, reasons);
  }
  return [...byOrg.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([organizationName, reasons]) => ({
      organizationName,
      areaPath: [...site.areaPath],
      reasons: (['typology', 'name'] as const).filter((reason) => reasons.has(reason)),
    }));
}
