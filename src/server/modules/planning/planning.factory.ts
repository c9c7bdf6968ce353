import crypto from 'node:crypto';
import { newId } from '../../../domain/ids';
import type { ActivityStatus, DocumentKind } from '../../../domain/planning.schemas';
import {
  storedFileContentColumn,
  storedFileNameColumn,
  storedFiles,
} from '../../platform/files/files.tables';
import type { TestApp } from '../../testing/test-app';
import { orgDocuments, strategicObjectives, workplanActivities } from './planning.tables';

/** Test builders of objectives, workplan activities and documents (with an encrypted scan). */

const today = (t: TestApp) => t.clock.now().toISOString().slice(0, 10);

export async function buildObjective(t: TestApp, options: { orgId: string; title?: string }) {
  const id = newId();
  const now = t.clock.now();
  const row = {
    orgId: options.orgId,
    id,
    title: options.title ?? `Objetivo ${id.slice(-6)}`,
    description: null,
    position: 1,
    active: true,
    createdAt: now,
    updatedAt: now,
  };
  await t.db.insert(strategicObjectives).values(row);
  return row;
}

export async function buildActivity(
  t: TestApp,
  options: {
    orgId: string;
    objectiveId?: string | null;
    title?: string;
    startsOn?: string;
    endsOn?: string;
    status?: ActivityStatus;
  },
) {
  const id = newId();
  const now = t.clock.now();
  const row = {
    orgId: options.orgId,
    id,
    objectiveId: options.objectiveId ?? null,
    grantId: null,
    title: options.title ?? `Actividad ${id.slice(-6)}`,
    startsOn: options.startsOn ?? today(t),
    endsOn: options.endsOn ?? options.startsOn ?? today(t),
    status: options.status ?? 'planned',
    responsibleRole: null,
    createdAt: now,
    updatedAt: now,
  };
  await t.db.insert(workplanActivities).values(row);
  return row;
}

/** A minimal valid PDF, for scans. */
export function tinyPdf(marker = 'Colectiva'): Buffer {
  return Buffer.from(`%PDF-1.4\n% ${marker}\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n`, 'latin1');
}

export async function buildDocument(
  t: TestApp,
  options: {
    orgId: string;
    kind?: DocumentKind;
    title?: string;
    issuedOn?: string;
    expiresOn?: string | null;
    /** Stores a scan with this file name (and the name inside the content). */
    fileName?: string;
    createdBy?: string;
  },
) {
  const id = newId();
  const now = t.clock.now();
  let fileId: string | null = null;
  if (options.fileName && options.createdBy) {
    fileId = newId();
    const bytes = tinyPdf(options.fileName);
    const sha = crypto.createHash('sha256').update(bytes).digest('hex');
    await t.db.insert(storedFiles).values({
      orgId: options.orgId,
      id: fileId,
      purpose: 'org_document',
      contentType: 'application/pdf',
      sizeBytes: bytes.length,
      sha256Original: sha,
      sha256Stored: sha,
      filenameEnc: await t.deps.keyring.encryptText(
        options.orgId,
        options.fileName,
        storedFileNameColumn.aad({ org_id: options.orgId, id: fileId }),
      ),
      contentEnc: await t.deps.keyring.encryptBytes(
        options.orgId,
        bytes,
        storedFileContentColumn.aad({ org_id: options.orgId, id: fileId }),
      ),
      createdBy: options.createdBy,
      createdAt: now,
    });
  }
  const row = {
    orgId: options.orgId,
    id,
    kind: options.kind ?? 'statutes',
    title: options.title ?? `Documento ${id.slice(-6)}`,
    issuedOn: options.issuedOn ?? '2020-01-15',
    expiresOn: options.expiresOn === undefined ? null : options.expiresOn,
    fileId,
    createdBy: options.createdBy ?? null,
    createdAt: now,
    updatedAt: now,
  };
  await t.db.insert(orgDocuments).values(row);
  return row;
}
