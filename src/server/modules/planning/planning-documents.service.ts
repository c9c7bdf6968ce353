import type { FileUploadInput } from '../../../domain/files.schemas';
import { newId } from '../../../domain/ids';
import { dayOf } from '../../../domain/outreach';
import { needsRenewal } from '../../../domain/planning';
import type {
  DocumentCreateInput,
  DocumentList,
  DocumentListQuery,
  DocumentUpdateInput,
  DocumentView,
} from '../../../domain/planning.schemas';
import { AppError } from '../../platform/errors';
import { deleteStoredFile, readStoredFile, storeUpload } from '../../platform/files/file-store';
import { FileDownload } from '../../platform/http/file-response';
import { orgContext, type ServiceContext } from '../../platform/http/route-spec';
import { presentDocument } from './planning.presenter';
import * as repo from './planning.repo';

/** Purpose of the scans in the encrypted file store. */
export const ORG_DOCUMENT_FILE_PURPOSE = 'org_document';

export async function listDocuments(ctx: ServiceContext, query: DocumentListQuery): Promise<DocumentList> {
  const c = orgContext(ctx);
  const today = dayOf(c.now);
  let rows = await repo.listDocuments(c.db, c.org.orgId);
  if (query.renewal) rows = rows.filter((row) => needsRenewal(row.expiresOn, today));
  const documents = rows.map((row) => presentDocument(row, today));
  // Reminders first: expired, then the soonest to expire.
  if (query.renewal) documents.sort((a, b) => (a.daysLeft ?? 0) - (b.daysLeft ?? 0));
  return { today, documents };
}

async function documentView(ctx: ServiceContext, id: string): Promise<DocumentView> {
  const c = orgContext(ctx);
  const row = await repo.findDocument(c.db, c.org.orgId, id);
  if (!row) throw new AppError('not_found');
  return presentDocument(row, dayOf(c.now));
}

export async function createDocument(ctx: ServiceContext, input: DocumentCreateInput): Promise<DocumentView> {
  const c = orgContext(ctx);
  const id = input.id ?? newId(c.now.getTime());
  const existing = await repo.findDocument(c.db, c.org.orgId, id);
  if (existing) {
    // A retry of the same create (client-generated id) answers with the record; anything else conflicts.
    if (existing.title !== input.title) throw new AppError('conflict', { field: 'id' });
    return presentDocument(existing, dayOf(c.now));
  }
  const row: repo.DocumentRow = {
    orgId: c.org.orgId,
    id,
    kind: input.kind,
    title: input.title,
    issuedOn: input.issuedOn,
    expiresOn: input.expiresOn ?? null,
    fileId: null,
    createdBy: c.actor.userId,
    createdAt: c.now,
    updatedAt: c.now,
  };
  if (!(await repo.insertDocument(c.db, row))) throw new AppError('conflict', { field: 'id' });
  await ctx.audit({
    action: 'org_document.created',
    resourceType: 'org_document',
    resourceId: id,
    details: { expires: row.expiresOn !== null },
  });
  return documentView(ctx, id);
}

export async function updateDocument(
  ctx: ServiceContext,
  id: string,
  input: DocumentUpdateInput,
): Promise<DocumentView> {
  const c = orgContext(ctx);
  const current = await repo.findDocument(c.db, c.org.orgId, id);
  if (!current) throw new AppError('not_found');
  const issuedOn = input.issuedOn ?? current.issuedOn;
  const expiresOn = input.expiresOn === undefined ? current.expiresOn : input.expiresOn;
  if (expiresOn !== null && expiresOn < issuedOn)
    throw new AppError('validation', {
      field: input.expiresOn !== undefined ? 'expiresOn' : 'issuedOn',
      params: { reason: 'invalid' },
    });
  const values: Parameters<typeof repo.updateDocument>[3] = { updatedAt: c.now, issuedOn, expiresOn };
  if (input.kind !== undefined) values.kind = input.kind;
  if (input.title !== undefined) values.title = input.title;
  await repo.updateDocument(c.db, c.org.orgId, id, values);
  await ctx.audit({
    action: 'org_document.updated',
    resourceType: 'org_document',
    resourceId: id,
    details: { expiresOn: input.expiresOn !== undefined },
  });
  return documentView(ctx, id);
}

/** Keeps (or replaces) the document's scan in the encrypted file store. */
export async function attachFile(
  ctx: ServiceContext,
  id: string,
  upload: FileUploadInput,
): Promise<DocumentView> {
  const c = orgContext(ctx);
  const current = await repo.findDocument(c.db, c.org.orgId, id);
  if (!current) throw new AppError('not_found');
  const stored = await storeUpload(ctx, ORG_DOCUMENT_FILE_PURPOSE, upload);
  await repo.updateDocument(c.db, c.org.orgId, id, { fileId: stored.id, updatedAt: c.now });
  if (current.fileId) await deleteStoredFile(ctx, current.fileId);
  await ctx.audit({
    action: 'org_document.file_attached',
    resourceType: 'org_document',
    resourceId: id,
    details: { fileId: stored.id, sizeBytes: stored.sizeBytes, replaced: current.fileId !== null },
  });
  return documentView(ctx, id);
}

/** The scan, decrypted (audited as a sensitive read). */
export async function downloadFile(ctx: ServiceContext, id: string): Promise<FileDownload> {
  const c = orgContext(ctx);
  const current = await repo.findDocument(c.db, c.org.orgId, id);
  if (!current?.fileId) throw new AppError('not_found');
  const file = await readStoredFile(ctx, current.fileId);
  await ctx.audit({
    action: 'org_document.file_downloaded',
    resourceType: 'org_document',
    resourceId: id,
    sensitiveRead: true,
    details: { fileId: current.fileId },
  });
  return new FileDownload(file.fileName, file.contentType, file.bytes);
}
