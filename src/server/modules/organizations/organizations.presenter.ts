import type { OrganizationView } from '../../../domain/organizations.schemas';
import type { OrganizationRow } from './organizations.repo';

export function presentOrganization(row: OrganizationRow): OrganizationView {
  return {
    id: row.id,
    networkId: row.networkId,
    name: row.name,
    countryCode: row.countryCode,
    level: row.level,
    createdAt: row.createdAt.toISOString(),
  };
}
