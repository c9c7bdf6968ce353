import type { RouteSpec } from './platform/http/route-spec';
import { grantRoutes } from './modules/grants/grants.routes';
import { capacityNetworkRoutes } from './modules/capacity-network/capacity-network.routes';
import { programmeEvidenceRoutes } from './modules/programme-evidence/programme-evidence.routes';
import { contactRoutes } from './modules/contacts/contacts.routes';
import { stockRoutes } from './modules/stock/stock.routes';
import { auditRoutes } from './modules/audit/audit.routes';
import { authRoutes } from './modules/auth/auth.routes';
import { areaRoutes } from './modules/areas/areas.routes';
import { siteRoutes } from './modules/sites/sites.routes';
import { localGroupRoutes } from './modules/local-groups/local-groups.routes';
import { importRoutes } from './modules/imports/imports.routes';
import { memberRoutes } from './modules/members/members.routes';
import { outreachRoutes } from './modules/outreach/outreach.routes';
import { orgUserRoutes } from './modules/org-users/org-users.routes';
import { registrySettingsRoutes } from './modules/registry-settings/registry-settings.routes';
import { organizationRoutes } from './modules/organizations/organizations.routes';
import { setupRoutes } from './modules/setup/setup.routes';
import { systemRoutes } from './modules/system/system.routes';
import { capacityActionRoutes } from './modules/capacity-actions/capacity-actions.routes';
import { planningRoutes } from './modules/planning/planning.routes';

/** Every API route. A new module adds its list here; the authorization matrix test reads this list. */
export const allRoutes: readonly RouteSpec[] = [
  ...systemRoutes(() => allRoutes),
  ...setupRoutes,
  ...authRoutes,
  ...organizationRoutes,
  ...localGroupRoutes,
  ...orgUserRoutes,
  ...auditRoutes,
  ...memberRoutes,
  ...areaRoutes,
  ...siteRoutes,
  ...outreachRoutes,
  ...registrySettingsRoutes,
  ...contactRoutes,
  ...stockRoutes,
  ...importRoutes,
  ...grantRoutes,
  ...capacityNetworkRoutes,
  ...programmeEvidenceRoutes,
  ...capacityActionRoutes,
  ...planningRoutes,
];
