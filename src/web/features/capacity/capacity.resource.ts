import type {
  AssessmentCreateInput,
  AssessmentDetail,
  AssessmentResults,
  AssessmentStatus,
  BallotSaveInput,
  BallotView,
  ConsensusInput,
  EvidenceView,
} from '../../../domain/capacity-assessments.schemas';
import type { FileUploadInput } from '../../../domain/files.schemas';
import type { Locale } from '../../../domain/locales';
import { api } from '../../app/api-client';

export const assessmentsUrl = (orgId: string) => `/api/orgs/${orgId}/capacity/assessments`;
export const assessmentUrl = (orgId: string, id: string) => `${assessmentsUrl(orgId)}/${id}`;
export const resultsUrl = (orgId: string, id: string) => `${assessmentUrl(orgId, id)}/results`;
export const reportUrl = (orgId: string, id: string) => `${assessmentUrl(orgId, id)}/report`;
export const evidenceUrl = (orgId: string, id: string, fileId: string) =>
  `${assessmentUrl(orgId, id)}/evidence/${fileId}`;
const ballotUrl = (token: string) => `/api/public/capacity-ballots/${encodeURIComponent(token)}`;

export const createAssessment = (orgId: string, input: AssessmentCreateInput) =>
  api<AssessmentDetail>('POST', assessmentsUrl(orgId), input);

export const moveAssessment = (orgId: string, id: string, status: AssessmentStatus) =>
  api<AssessmentDetail>('POST', `${assessmentUrl(orgId, id)}/status`, { status });

/** Opens an anonymous ballot; the token is answered once and never sent with an Idempotency-Key. */
export const openBallot = (orgId: string, id: string) =>
  api<{ token: string }>('POST', `${assessmentUrl(orgId, id)}/ballots`);

export const readBallot = (token: string) => api<BallotView>('GET', ballotUrl(token));
export const saveBallot = (token: string, input: BallotSaveInput) =>
  api<BallotView>('PUT', ballotUrl(token), input);

export const setConsensus = (orgId: string, id: string, itemId: string, input: ConsensusInput) =>
  api<{ ok: true }>('PUT', `${assessmentUrl(orgId, id)}/consensus/${itemId}`, input);

export const uploadEvidence = (orgId: string, id: string, itemId: string, file: FileUploadInput) =>
  api<EvidenceView>('POST', `${assessmentUrl(orgId, id)}/consensus/${itemId}/evidence`, file);

export type { AssessmentDetail, AssessmentResults, BallotView };

/**
 * The ballot token of a participant scoring on her own phone: kept only in this browser (never sent
 * anywhere but the ballot's own address), removed once she hands the ballot in. The shared tablet
 * keeps it in memory only.
 */
const tokenKey = (assessmentId: string) => `colectiva.ballot.${assessmentId}`;
export const storedBallotToken = (assessmentId: string) => {
  try {
    return localStorage.getItem(tokenKey(assessmentId));
  } catch {
    return null;
  }
};
export const storeBallotToken = (assessmentId: string, token: string | null) => {
  try {
    if (token) localStorage.setItem(tokenKey(assessmentId), token);
    else localStorage.removeItem(tokenKey(assessmentId));
  } catch {
    // Private browsing without storage: the ballot lives in memory for this visit.
  }
};

/** A text of the framework in the interface language (Spanish when missing). */
export function localized(text: Record<string, string> | null | undefined, locale: string): string {
  if (!text) return '';
  return text[locale as Locale] ?? text.es ?? Object.values(text)[0] ?? '';
}

/** Reads a picked file as base64 for the JSON upload. */
export function fileToBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const result = typeof reader.result === 'string' ? reader.result : '';
      resolve(result.slice(result.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('read'));
    reader.readAsDataURL(file);
  });
}
