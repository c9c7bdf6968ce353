import {
  EvidenceList,
  EvidenceParams,
  EvidenceUploadInput,
  EvidenceView,
  ResponseCaseParams,
} from '../../../domain/case-responses.schemas';
import { FILE_LIMITS } from '../../../domain/files.schemas';
import { FileDownloadResponse } from '../../platform/http/file-response';
import { defineRoute } from '../../platform/http/route-spec';
import * as service from './case-evidence.service';

const tags = ['case-evidence'];
const base = '/api/orgs/:orgId/cases/:caseId/evidence';

/** Evidence files of a case: encrypted, metadata stripped, SHA-256 recorded, downloads audited. */
export const caseEvidenceRoutes = [
  defineRoute({
    method: 'GET',
    url: base,
    summary: "A case's evidence files: name, type, size, SHA-256 (sensitive read of the case, audited)",
    tags,
    access: { kind: 'org', resource: 'hr_evidence', action: 'list' },
    params: ResponseCaseParams,
    response: EvidenceList,
    handler: async (ctx) => ({ evidence: await service.listEvidence(ctx, ctx.params.caseId) }),
  }),
  defineRoute({
    method: 'POST',
    url: base,
    summary:
      'Upload a photo (JPEG, PNG: metadata such as GPS removed) or a PDF, base64 in JSON, up to 10 MiB',
    tags,
    access: { kind: 'org', resource: 'hr_evidence', action: 'create' },
    params: ResponseCaseParams,
    body: EvidenceUploadInput,
    bodyLimit: FILE_LIMITS.uploadBodyBytes,
    response: EvidenceView,
    status: 201,
    handler: (ctx) => service.uploadEvidence(ctx, ctx.params.caseId, ctx.body),
  }),
  defineRoute({
    method: 'GET',
    url: `${base}/:evidenceId/download`,
    summary: 'Download an evidence file (decrypted; audited as a sensitive read of the case)',
    tags,
    access: { kind: 'org', resource: 'hr_evidence', action: 'read' },
    params: EvidenceParams,
    response: FileDownloadResponse,
    handler: (ctx) => service.downloadEvidence(ctx, ctx.params.caseId, ctx.params.evidenceId),
  }),
];
