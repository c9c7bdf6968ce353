import type {
  SafetyAlertCreateInput,
  SafetyAlertList,
  SafetyAlertView,
} from '../../../domain/safety-alerts.schemas';
import type { AreaList } from '../../../domain/sites.schemas';
import { api } from '../../app/api-client';
import { useApiData } from '../../app/use-api-data';

const base = (orgId: string) => `/api/orgs/${orgId}/safety-alerts`;

/** Active alerts only: the server leaves out withdrawn and expired ones by its own clock. */
export const useActiveAlerts = (orgId: string) => useApiData<SafetyAlertList>(base(orgId));

export const useAlertAreas = (orgId: string, enabled: boolean) =>
  useApiData<AreaList>(enabled ? `/api/orgs/${orgId}/areas` : null);

export const publishAlert = (orgId: string, input: SafetyAlertCreateInput) =>
  api<SafetyAlertView>('POST', base(orgId), input);

export const withdrawAlert = (orgId: string, id: string) =>
  api<SafetyAlertView>('POST', `${base(orgId)}/${id}/withdraw`);
