import type {
  ClaimMessageInput,
  ClaimView,
  SelfReportFormView,
  SelfReportInput,
  SelfReportReceipt,
} from '../../../domain/self-reports.schemas';
import { api, apiGet } from '../../app/api-client';

/**
 * The public form's calls: no session, no CSRF token (the server checks the origin). Nothing is kept
 * in browser storage; the claim code lives in this page's memory only.
 */
const base = '/api/public/self-report';

export const fetchForm = (token: string) =>
  apiGet<SelfReportFormView>(`${base}/${encodeURIComponent(token)}`);

export const sendReport = (token: string, input: SelfReportInput) =>
  api<SelfReportReceipt>('POST', `${base}/${encodeURIComponent(token)}`, input);

export const openClaim = (code: string) => api<ClaimView>('POST', `${base}/claim`, { code });

export const writeToTeam = (input: ClaimMessageInput) =>
  api<ClaimView>('POST', `${base}/claim/messages`, input);
