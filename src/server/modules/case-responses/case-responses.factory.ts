import crypto from 'node:crypto';
import { newId } from '../../../domain/ids';
import {
  storedFileContentColumn,
  storedFileNameColumn,
  storedFiles,
} from '../../platform/files/files.tables';
import type { TestApp } from '../../testing/test-app';
import { hrEvidence, hrEvidenceDescriptionColumn } from '../case-evidence/case-evidence.tables';
import {
  hrCaseReferrals,
  hrFollowUpTaskColumn,
  hrFollowUps,
  hrInterventionNotesColumn,
  hrInterventions,
  hrReferralNotesColumn,
} from './case-responses.tables';

/** Test factories: responses and evidence stored directly (encrypted like the services do). */

export async function buildIntervention(
  t: TestApp,
  options: { orgId: string; caseId: string; notes?: string; status?: 'planned' | 'in_progress' | 'done' },
) {
  const id = newId();
  const now = t.clock.now();
  await t.db.insert(hrInterventions).values({
    orgId: options.orgId,
    id,
    caseId: options.caseId,
    type: 'legal_advice',
    requestedParty: 'Fiscalía',
    requestedOn: now.toISOString().slice(0, 10),
    status: options.status ?? 'planned',
    priority: 'high',
    impact: null,
    notesEnc: options.notes
      ? await t.deps.keyring.encryptText(
          options.orgId,
          options.notes,
          hrInterventionNotesColumn.aad({ org_id: options.orgId, id }),
        )
      : null,
    createdBy: null,
    createdAt: now,
    updatedAt: now,
  });
  return { id };
}

export async function buildReferral(t: TestApp, options: { orgId: string; caseId: string; notes?: string }) {
  const id = newId();
  const now = t.clock.now();
  await t.db.insert(hrCaseReferrals).values({
    orgId: options.orgId,
    id,
    caseId: options.caseId,
    partnerName: 'Clínica legal',
    service: 'Asesoría',
    referredOn: now.toISOString().slice(0, 10),
    status: 'referred',
    notesEnc: options.notes
      ? await t.deps.keyring.encryptText(
          options.orgId,
          options.notes,
          hrReferralNotesColumn.aad({ org_id: options.orgId, id }),
        )
      : null,
    createdBy: null,
    createdAt: now,
    updatedAt: now,
  });
  return { id };
}

export async function buildFollowUp(
  t: TestApp,
  options: { orgId: string; caseId: string; assignedUserId: string; dueOn: string; task: string },
) {
  const id = newId();
  const now = t.clock.now();
  await t.db.insert(hrFollowUps).values({
    orgId: options.orgId,
    id,
    caseId: options.caseId,
    assignedUserId: options.assignedUserId,
    dueOn: options.dueOn,
    taskEnc: await t.deps.keyring.encryptText(
      options.orgId,
      options.task,
      hrFollowUpTaskColumn.aad({ org_id: options.orgId, id }),
    ),
    doneAt: null,
    doneBy: null,
    createdBy: null,
    createdAt: now,
    updatedAt: now,
  });
  return { id };
}

/** An evidence file stored as is (no stripping): for reads, downloads and recipes. */
export async function buildEvidence(
  t: TestApp,
  options: {
    orgId: string;
    caseId: string;
    uploadedBy: string;
    fileName: string;
    bytes: Buffer;
    contentType?: 'image/jpeg' | 'image/png' | 'application/pdf';
    description?: string;
  },
) {
  const { orgId } = options;
  const fileId = newId();
  const id = newId();
  const now = t.clock.now();
  const sha = crypto.createHash('sha256').update(options.bytes).digest('hex');
  await t.db.insert(storedFiles).values({
    orgId,
    id: fileId,
    purpose: 'hr_evidence',
    contentType: options.contentType ?? 'application/pdf',
    sizeBytes: options.bytes.length,
    sha256Original: sha,
    sha256Stored: sha,
    filenameEnc: await t.deps.keyring.encryptText(
      orgId,
      options.fileName,
      storedFileNameColumn.aad({ org_id: orgId, id: fileId }),
    ),
    contentEnc: await t.deps.keyring.encryptBytes(
      orgId,
      options.bytes,
      storedFileContentColumn.aad({ org_id: orgId, id: fileId }),
    ),
    createdBy: options.uploadedBy,
    createdAt: now,
  });
  await t.db.insert(hrEvidence).values({
    orgId,
    id,
    caseId: options.caseId,
    fileId,
    descriptionEnc: options.description
      ? await t.deps.keyring.encryptText(
          orgId,
          options.description,
          hrEvidenceDescriptionColumn.aad({ org_id: orgId, id }),
        )
      : null,
    uploadedBy: options.uploadedBy,
    createdAt: now,
  });
  return { id, fileId };
}
