import { OrgParams } from '../../../domain/common.schemas';
import {
  IMPORT_LIMITS,
  ImportJobList,
  ImportJobView,
  ImportParams,
  ImportPreview,
  ImportPreviewInput,
  ImportUploadInput,
} from '../../../domain/imports.schemas';
import { defineRoute } from '../../platform/http/route-spec';
import * as service from './imports.service';

const tags = ['imports'];
const access = { kind: 'org', resource: 'registry_import', action: 'create' } as const;

export const importRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/orgs/:orgId/imports',
    summary: 'Recent imports of the organization (status and counts)',
    tags,
    access,
    params: OrgParams,
    response: ImportJobList,
    handler: async (ctx) => ({ imports: await service.listImports(ctx) }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/orgs/:orgId/imports',
    summary:
      'Upload a CSV or XLSX register (base64 in JSON, up to 10 MiB); answers its headers and a guessed mapping. Writes nothing to the registry.',
    tags,
    access,
    params: OrgParams,
    body: ImportUploadInput,
    bodyLimit: IMPORT_LIMITS.uploadBodyBytes,
    response: ImportJobView,
    status: 201,
    handler: (ctx) => service.uploadImport(ctx, ctx.body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/orgs/:orgId/imports/:importId',
    summary: 'One import: status, counts and progress (polled while it is written)',
    tags,
    access,
    params: ImportParams,
    response: ImportJobView,
    handler: (ctx) => service.getImport(ctx, ctx.params.importId),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/orgs/:orgId/imports/:importId/preview',
    summary:
      'Check every row with a column mapping: row errors in the caller language. Writes nothing to the registry.',
    tags,
    access,
    params: ImportParams,
    body: ImportPreviewInput,
    response: ImportPreview,
    handler: (ctx) => service.previewImport(ctx, ctx.params.importId, ctx.body.mapping, ctx.locale),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/orgs/:orgId/imports/:importId/confirm',
    summary: 'Write a previewed import, in batches; poll the import for progress',
    tags,
    access,
    params: ImportParams,
    response: ImportJobView,
    status: 202,
    // Batches run in their own transactions after the answer, so that progress is visible.
    write: false,
    handler: (ctx) => service.confirmImport(ctx, ctx.params.importId),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/orgs/:orgId/imports/:importId/cancel',
    summary: 'Cancel an import that was not confirmed (the file is wiped)',
    tags,
    access,
    params: ImportParams,
    response: ImportJobView,
    handler: (ctx) => service.cancelImport(ctx, ctx.params.importId),
  }),
];
