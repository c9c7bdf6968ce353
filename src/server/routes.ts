import { advocacyRoutes } from './modules/advocacy/advocacy.routes';
import { mobilizationRoutes } from './modules/mobilization/mobilization.routes';
import type { RouteSpec } from './platform/http/route-spec';
import { coverageExportRoutes } from './modules/coverage-exports/coverage-exports.routes';
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
import { caseRoutes } from './modules/cases/cases.routes';
import { outreachRoutes } from './modules/outreach/outreach.routes';
import { orgUserRoutes } from './modules/org-users/org-users.routes';
import { registrySettingsRoutes } from './modules/registry-settings/registry-settings.routes';
import { organizationRoutes } from './modules/organizations/organizations.routes';
import { setupRoutes } from './modules/setup/setup.routes';
import { selfReportPublicRoutes } from './modules/self-reports/self-report-public.routes';
import { selfReportRoutes } from './modules/self-reports/self-reports.routes';
import { safetyAlertRoutes } from './modules/safety-alerts/safety-alerts.routes';
import { capacityFrameworkRoutes } from './modules/capacity-framework/capacity-framework.routes';
import { systemRoutes } from './modules/system/system.routes';
import { capacityActionRoutes } from './modules/capacity-actions/capacity-actions.routes';
import { planningRoutes } from './modules/planning/planning.routes';
import { capacityAssessmentRoutes } from './modules/capacity-assessments/capacity-assessments.routes';
import { caseResponseRoutes } from './modules/case-responses/case-responses.routes';
import { caseEvidenceRoutes } from './modules/case-evidence/case-evidence.routes';
import { barrierRoutes } from './modules/barriers/barriers.routes';
import { caseAnalysisRoutes } from './modules/case-analysis/case-analysis.routes';
import { coverageSharesRoutes } from './modules/coverage-shares/coverage-shares.routes';
import { caseEscalationRoutes } from './modules/case-escalations/case-escalations.routes';
import { priorityRoutes } from './modules/priorities/priorities.routes';
import { allianceRoutes } from './modules/alliances/alliances.routes';
import { calendarRoutes } from './modules/calendar/calendar.routes';
import { indicatorRoutes } from './modules/indicators/indicators.routes';
import { trainingRoutes } from './modules/trainings/trainings.routes';
import { leadershipRoutes } from './modules/leadership/leadership.routes';
import { safeSpaceRoutes } from './modules/safe-spaces/safe-spaces.routes';
import { coverageRoutes } from './modules/coverage/coverage.routes';

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
  ...caseRoutes,
  ...caseResponseRoutes,
  ...caseEvidenceRoutes,
  ...barrierRoutes,
  ...mobilizationRoutes,
  ...advocacyRoutes,
  ...caseAnalysisRoutes,
  ...coverageSharesRoutes,
  ...coverageExportRoutes,
  ...caseEscalationRoutes,
  ...areaRoutes,
  ...siteRoutes,
  ...outreachRoutes,
  ...registrySettingsRoutes,
  ...contactRoutes,
  ...stockRoutes,
  ...importRoutes,
  ...capacityFrameworkRoutes,
  ...selfReportPublicRoutes,
  ...selfReportRoutes,
  ...safetyAlertRoutes,
  ...grantRoutes,
  ...capacityNetworkRoutes,
  ...programmeEvidenceRoutes,
  ...capacityActionRoutes,
  ...planningRoutes,
  ...capacityAssessmentRoutes,
  ...priorityRoutes,
  ...allianceRoutes,
  ...calendarRoutes,
  ...indicatorRoutes,
  ...trainingRoutes,
  ...leadershipRoutes,
  ...safeSpaceRoutes,
  ...coverageRoutes,
];
