import type {
  SelfReportConversion,
  SelfReportConvertInput,
  SelfReportDetail,
  SelfReportList,
  SelfReportSettingsView,
  SelfReportStatus,
  StaffReplyInput,
} from '../../../domain/self-reports.schemas';
import { api, apiGet } from '../../app/api-client';
import { useApiData } from '../../app/use-api-data';

const settingsUrl = (orgId: string) => `/api/orgs/${orgId}/self-report-settings`;
const inbox = (orgId: string) => `/api/orgs/${orgId}/self-reports`;

export const useSelfReportSettings = (orgId: string, enabled: boolean) =>
  useApiData<SelfReportSettingsView>(enabled ? settingsUrl(orgId) : null);

export const setFormEnabled = (orgId: string, enabled: boolean) =>
  api<SelfReportSettingsView>('PUT', settingsUrl(orgId), { enabled });

export const renewFormLink = (orgId: string) =>
  api<SelfReportSettingsView>('POST', `${settingsUrl(orgId)}/renew-link`);

/** The inbox never carries the text of a report; it is read one report at a time (audited). */
export const useSelfReports = (orgId: string, status: SelfReportStatus | 'all') =>
  useApiData<SelfReportList>(status === 'all' ? inbox(orgId) : `${inbox(orgId)}?status=${status}`);

export const fetchSelfReport = (orgId: string, id: string) =>
  apiGet<SelfReportDetail>(`${inbox(orgId)}/${id}`);

export const replyToReport = (orgId: string, id: string, input: StaffReplyInput) =>
  api<SelfReportDetail>('POST', `${inbox(orgId)}/${id}/messages`, input);

export const closeReport = (orgId: string, id: string) =>
  api<SelfReportDetail>('POST', `${inbox(orgId)}/${id}/close`);

export const convertReport = (orgId: string, id: string, input: SelfReportConvertInput) =>
  api<SelfReportConversion>('POST', `${inbox(orgId)}/${id}/convert`, input);

/** The full address of the public form, to copy into a message or print on a card. */
export const publicLink = (token: string) => `${location.origin}/r/${token}`;
