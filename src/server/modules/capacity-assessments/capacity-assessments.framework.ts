import type { CapacityDomainView, CapacityFrameworkView } from '../../../domain/capacity-framework.schemas';
import type { DbOrTx } from '../../platform/db/client';
import { loadFramework } from '../capacity-framework/capacity-framework.repo';

/** The framework version of an assessment and the domains it scores (the enabled ones, in order). */
export interface AssessedFramework {
  framework: CapacityFrameworkView;
  domains: CapacityDomainView[];
  itemIds: Set<string>;
}

export async function assessedFramework(
  db: DbOrTx,
  orgId: string,
  frameworkId: string,
): Promise<AssessedFramework> {
  const framework = await loadFramework(db, orgId, frameworkId);
  if (!framework) throw new Error(`framework ${frameworkId} of an assessment is missing`);
  const domains = framework.domains.filter((domain) => domain.enabled);
  return {
    framework,
    domains,
    itemIds: new Set(domains.flatMap((domain) => domain.items.map((item) => item.id))),
  };
}
