import { and, asc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { EvidenceUploadInput, EvidenceView } from '../../../domain/case-responses.schemas';
import { newId } from '../../../domain/ids';
import { users } from '../../platform/auth/auth.tables';
import { AppError } from '../../platform/errors';
import { readStoredFile, storeUpload } from '../../platform/files/file-store';
import { storedFiles, storedFileNameColumn } from '../../platform/files/files.tables';
import { FileDownload } from '../../platform/http/file-response';
import { orgContext, type OrgServiceContext, type ServiceContext } from '../../platform/http/route-spec';
import { recordCaseEvent } from '../cases/cases.events';
import { caseForResponses } from '../case-responses/case-responses.service';
import { hrEvidence, hrEvidenceDescriptionColumn } from './case-evidence.tables';

type EvidenceUpload = z.output<typeof EvidenceUploadInput>;

const descriptionAad = (orgId: string, id: string) => hrEvidenceDescriptionColumn.aad({ org_id: orgId, id });
const fileNameAad = (orgId: string, id: string) => storedFileNameColumn.aad({ org_id: orgId, id });

/** Evidence rows with their file's metadata and encrypted name (never the content). */
const selectEvidence = (c: OrgServiceContext) =>
  c.db
    .select({
      evidence: hrEvidence,
      contentType: storedFiles.contentType,
      sizeBytes: storedFiles.sizeBytes,
      sha256Original: storedFiles.sha256Original,
      sha256Stored: storedFiles.sha256Stored,
      filenameEnc: storedFiles.filenameEnc,
      uploadedByName: users.displayName,
    })
    .from(hrEvidence)
    .innerJoin(
      storedFiles,
      and(eq(storedFiles.orgId, hrEvidence.orgId), eq(storedFiles.id, hrEvidence.fileId)),
    )
    .innerJoin(users, eq(users.id, hrEvidence.uploadedBy));

type EvidenceJoined = Awaited<ReturnType<ReturnType<typeof selectEvidence>['where']>>[number];

async function present(c: OrgServiceContext, found: EvidenceJoined): Promise<EvidenceView> {
  const { evidence } = found;
  const orgId = evidence.orgId;
  return {
    id: evidence.id,
    caseId: evidence.caseId,
    fileId: evidence.fileId,
    fileName: await c.deps.keyring.decryptText(orgId, found.filenameEnc, fileNameAad(orgId, evidence.fileId)),
    contentType: found.contentType as EvidenceView['contentType'],
    sizeBytes: found.sizeBytes,
    sha256Original: found.sha256Original,
    sha256Stored: found.sha256Stored,
    metadataRemoved: found.sha256Original !== found.sha256Stored,
    description: await c.deps.keyring.decryptNullable(
      orgId,
      evidence.descriptionEnc,
      descriptionAad(orgId, evidence.id),
    ),
    uploadedBy: evidence.uploadedBy,
    uploadedByName: found.uploadedByName,
    createdAt: evidence.createdAt.toISOString(),
  };
}

async function findEvidence(c: OrgServiceContext, caseId: string, id: string) {
  const [found] = await selectEvidence(c).where(
    and(eq(hrEvidence.orgId, c.org.orgId), eq(hrEvidence.caseId, caseId), eq(hrEvidence.id, id)),
  );
  return found ?? null;
}

/** The case's evidence (names and descriptions are sensitive: the read is audited on the case). */
export async function listEvidence(ctx: ServiceContext, caseId: string): Promise<EvidenceView[]> {
  const c = orgContext(ctx);
  await caseForResponses(c, caseId, false);
  const rows = await selectEvidence(c)
    .where(and(eq(hrEvidence.orgId, c.org.orgId), eq(hrEvidence.caseId, caseId)))
    .orderBy(asc(hrEvidence.createdAt), asc(hrEvidence.id));
  await ctx.audit({
    action: 'hr_case.responses_read',
    resourceType: 'hr_case',
    resourceId: caseId,
    sensitiveRead: true,
    details: { section: 'evidence' },
  });
  return Promise.all(rows.map((row) => present(c, row)));
}

/**
 * Uploads a photo or document: the file store checks type and size, strips image metadata, records
 * the SHA-256 of the upload and encrypts name and content; this row ties it to the case.
 */
export async function uploadEvidence(
  ctx: ServiceContext,
  caseId: string,
  input: EvidenceUpload,
): Promise<EvidenceView> {
  const c = orgContext(ctx);
  await caseForResponses(c, caseId, true);
  const orgId = c.org.orgId;
  const id = input.id ?? newId(c.now.getTime());
  const existing = await findEvidence(c, caseId, id);
  if (existing) return present(c, existing); // a retried upload (client id) answers the first one
  const { id: _id, description, ...upload } = input;
  const file = await storeUpload(c, 'hr_evidence', upload);
  const inserted = await c.db
    .insert(hrEvidence)
    .values({
      orgId,
      id,
      caseId,
      fileId: file.id,
      descriptionEnc: await c.deps.keyring.encryptNullable(orgId, description, descriptionAad(orgId, id)),
      uploadedBy: c.actor.userId,
      createdAt: c.now,
    })
    .onConflictDoNothing()
    .returning({ id: hrEvidence.id });
  if (inserted.length === 0) throw new AppError('conflict', { field: 'id' });
  const metadataRemoved = file.sha256Original !== file.sha256Stored;
  await recordCaseEvent(c.db, {
    orgId,
    caseId,
    kind: 'evidence_added',
    actorUserId: c.actor.userId,
    details: { evidenceId: id, contentType: file.contentType, sizeBytes: file.sizeBytes, metadataRemoved },
    at: c.now,
  });
  await c.audit({
    action: 'hr_evidence.created',
    resourceType: 'hr_evidence',
    resourceId: id,
    details: {
      caseId,
      fileId: file.id,
      contentType: file.contentType,
      sizeBytes: file.sizeBytes,
      metadataRemoved,
    },
  });
  const found = await findEvidence(c, caseId, id);
  if (!found) throw new AppError('not_found');
  return present(c, found);
}

/** The file itself, decrypted: a sensitive read of the case, audited with the evidence id. */
export async function downloadEvidence(
  ctx: ServiceContext,
  caseId: string,
  id: string,
): Promise<FileDownload> {
  const c = orgContext(ctx);
  await caseForResponses(c, caseId, false);
  const found = await findEvidence(c, caseId, id);
  if (!found) throw new AppError('not_found');
  const file = await readStoredFile(c, found.evidence.fileId);
  await ctx.audit({
    action: 'hr_evidence.downloaded',
    resourceType: 'hr_case',
    resourceId: caseId,
    sensitiveRead: true,
    details: { evidenceId: id, fileId: found.evidence.fileId },
  });
  return new FileDownload(file.fileName, file.contentType, file.bytes);
}
