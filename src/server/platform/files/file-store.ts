import crypto from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import {
  ALLOWED_FILE_TYPES,
  FILE_LIMITS,
  type FileContentType,
  type FileUploadInput,
  type StoredFileMeta,
} from '../../../domain/files.schemas';
import { newId } from '../../../domain/ids';
import { AppError } from '../errors';
import { orgContext, type ServiceContext } from '../http/route-spec';
import { storedFileContentColumn, storedFileNameColumn, storedFiles } from './files.tables';
import { matchesContentType, stripMetadata, UnreadableImageError } from './strip-metadata';

/**
 * The encrypted file store (`stored_files`). It does not decide who may read a file nor audit: the
 * module that keeps the `file_id` (evidence, assessment evidence, documents) checks access, audits
 * the upload with its own record, and audits every download as a sensitive read.
 */

export interface StoreFileInput {
  /** Which module stores it: 'hr_evidence', 'capacity_evidence', 'org_document', … */
  purpose: string;
  fileName: string;
  contentType: string;
  bytes: Buffer;
  /** A client-chosen id (idempotent creates); a new UUIDv7 otherwise. */
  id?: string;
  /** Narrower limits than the store's own (types among ALLOWED_FILE_TYPES, size ≤ 10 MiB). */
  allowedTypes?: readonly FileContentType[];
  maxBytes?: number;
  /** Prefix of the field names in validation errors when the upload is nested (e.g. 'file.'). */
  fieldPrefix?: string;
}

export interface StoredFileResult extends StoredFileMeta {
  contentType: FileContentType;
}

export interface ReadFileResult {
  fileName: string;
  contentType: FileContentType;
  bytes: Buffer;
}

const sha256 = (bytes: Buffer) => crypto.createHash('sha256').update(bytes).digest('hex');

const nameAad = (orgId: string, id: string) => storedFileNameColumn.aad({ org_id: orgId, id });
const contentAad = (orgId: string, id: string) => storedFileContentColumn.aad({ org_id: orgId, id });

const invalid = (field: string, reason: string, params: Record<string, string | number> = {}) =>
  new AppError('validation', { field, params: { reason, ...params } });

/** The bytes of an upload (the schema already checked the base64 shape). */
export function decodeUpload(upload: FileUploadInput): Buffer {
  return Buffer.from(upload.contentBase64, 'base64');
}

/**
 * Validates (type, first bytes, size), strips image and PDF metadata, encrypts name and content with the
 * organization's key and inserts the row, in the caller's transaction. Answers the metadata.
 */
export async function storeFile(ctx: ServiceContext, input: StoreFileInput): Promise<StoredFileResult> {
  const c = orgContext(ctx);
  const prefix = input.fieldPrefix ?? '';
  const allowed: readonly string[] = input.allowedTypes ?? ALLOWED_FILE_TYPES;
  const maxBytes = Math.min(input.maxBytes ?? FILE_LIMITS.fileBytes, FILE_LIMITS.fileBytes);
  if (!allowed.includes(input.contentType)) throw invalid(`${prefix}contentType`, 'file_type');
  const contentType = input.contentType as FileContentType;
  if (input.bytes.length === 0) throw invalid(`${prefix}contentBase64`, 'required');
  if (input.bytes.length > maxBytes) throw invalid(`${prefix}contentBase64`, 'too_large');
  if (!matchesContentType(contentType, input.bytes)) {
    throw invalid(`${prefix}contentBase64`, 'file_content_mismatch');
  }
  let stored: Buffer;
  try {
    stored = stripMetadata(contentType, input.bytes);
  } catch (error) {
    if (error instanceof UnreadableImageError) throw invalid(`${prefix}contentBase64`, 'unreadable_image');
    throw error;
  }
  const orgId = c.org.orgId;
  const id = input.id ?? newId(c.now.getTime());
  const row = {
    orgId,
    id,
    purpose: input.purpose,
    contentType,
    sizeBytes: stored.length,
    sha256Original: sha256(input.bytes),
    sha256Stored: sha256(stored),
    filenameEnc: await c.deps.keyring.encryptText(orgId, input.fileName, nameAad(orgId, id)),
    contentEnc: await c.deps.keyring.encryptBytes(orgId, stored, contentAad(orgId, id)),
    createdBy: c.actor.userId,
    createdAt: c.now,
  };
  await c.db.insert(storedFiles).values(row);
  return {
    id,
    contentType,
    sizeBytes: row.sizeBytes,
    sha256Original: row.sha256Original,
    sha256Stored: row.sha256Stored,
  };
}

/** `storeFile` for an upload body (`FileUploadInput`). */
export function storeUpload(
  ctx: ServiceContext,
  purpose: string,
  upload: FileUploadInput,
  options: Pick<StoreFileInput, 'id' | 'allowedTypes' | 'maxBytes' | 'fieldPrefix'> = {},
): Promise<StoredFileResult> {
  return storeFile(ctx, {
    purpose,
    fileName: upload.fileName,
    contentType: upload.contentType,
    bytes: decodeUpload(upload),
    ...options,
  });
}

/**
 * Decrypts a file of the caller's organization (404 when absent or another organization's). The
 * content is checked against the SHA-256 recorded at upload. The caller checks access and audits.
 */
export async function readStoredFile(ctx: ServiceContext, fileId: string): Promise<ReadFileResult> {
  const c = orgContext(ctx);
  const orgId = c.org.orgId;
  const [row] = await c.db
    .select()
    .from(storedFiles)
    .where(and(eq(storedFiles.orgId, orgId), eq(storedFiles.id, fileId)));
  if (!row) throw new AppError('not_found');
  const bytes = await c.deps.keyring.decryptBytes(orgId, row.contentEnc, contentAad(orgId, row.id));
  if (sha256(bytes) !== row.sha256Stored) throw new Error(`stored file ${row.id} does not match its hash`);
  return {
    fileName: await c.deps.keyring.decryptText(orgId, row.filenameEnc, nameAad(orgId, row.id)),
    contentType: row.contentType as FileContentType,
    bytes,
  };
}

/** Metadata of files of the caller's organization, by id (the content is not read). */
export async function storedFileMeta(
  ctx: ServiceContext,
  fileIds: readonly string[],
): Promise<Map<string, StoredFileMeta>> {
  const c = orgContext(ctx);
  if (fileIds.length === 0) return new Map();
  const rows = await c.db
    .select({
      id: storedFiles.id,
      contentType: storedFiles.contentType,
      sizeBytes: storedFiles.sizeBytes,
      sha256Original: storedFiles.sha256Original,
      sha256Stored: storedFiles.sha256Stored,
    })
    .from(storedFiles)
    .where(and(eq(storedFiles.orgId, c.org.orgId), inArray(storedFiles.id, [...fileIds])));
  return new Map(rows.map((row) => [row.id, { ...row, contentType: row.contentType as FileContentType }]));
}

/**
 * Decrypted names of files of the caller's organization, by id (names are sensitive: a photo's name
 * can be a person's name). The caller checks access and audits the read.
 */
export async function readStoredFileNames(
  ctx: ServiceContext,
  fileIds: readonly string[],
): Promise<Map<string, string>> {
  const c = orgContext(ctx);
  if (fileIds.length === 0) return new Map();
  const orgId = c.org.orgId;
  const rows = await c.db
    .select({ id: storedFiles.id, filenameEnc: storedFiles.filenameEnc })
    .from(storedFiles)
    .where(and(eq(storedFiles.orgId, orgId), inArray(storedFiles.id, [...fileIds])));
  const names = new Map<string, string>();
  for (const row of rows) {
    names.set(row.id, await c.deps.keyring.decryptText(orgId, row.filenameEnc, nameAad(orgId, row.id)));
  }
  return names;
}

/** Removes a file (its owner record is being removed in the same transaction). */
export async function deleteStoredFile(ctx: ServiceContext, fileId: string): Promise<boolean> {
  const c = orgContext(ctx);
  const deleted = await c.db
    .delete(storedFiles)
    .where(and(eq(storedFiles.orgId, c.org.orgId), eq(storedFiles.id, fileId)))
    .returning({ id: storedFiles.id });
  return deleted.length > 0;
}
