import crypto from 'node:crypto';
import { newId } from '../../../domain/ids';
import type { ImportKind } from '../../../domain/imports.schemas';
import type { TestApp } from '../../testing/test-app';
import { insertJob, type ImportJobRow } from './imports.repo';
import {
  importFileColumn,
  importFileNameColumn,
  importHeadersColumn,
  importRowsColumn,
} from './imports.tables';

/**
 * Test factory: an import stored directly, as after an upload (`uploaded`) or a preview with no rows
 * (`previewed`). The file is a small CSV whose header row is given.
 */
export async function buildImportJob(
  t: TestApp,
  options: {
    orgId: string;
    createdBy: string;
    kind?: ImportKind;
    status?: 'uploaded' | 'previewed';
    fileName?: string;
    csv?: string;
  },
): Promise<ImportJobRow> {
  const now = t.clock.now();
  const id = newId(now.getTime());
  const { orgId } = options;
  const csv = options.csv ?? 'codigo,edad\nMAPA19900101,25 a 34\n';
  const headers = csv.split('\n')[0]!.split(',');
  const seal = (column: { aad: (key: Record<string, string>) => string }, text: string) =>
    t.deps.keyring.encryptText(orgId, text, column.aad({ org_id: orgId, id }));
  const row: ImportJobRow = {
    orgId,
    id,
    kind: options.kind ?? 'members',
    fileSha256: crypto.createHash('sha256').update(csv).digest(),
    fileNameEnc: await seal(importFileNameColumn, options.fileName ?? 'registro.csv'),
    fileEnc: await seal(importFileColumn, Buffer.from(csv).toString('base64')),
    headersEnc: await seal(importHeadersColumn, JSON.stringify(headers)),
    rowsEnc: options.status === 'previewed' ? await seal(importRowsColumn, '[]') : null,
    status: options.status ?? 'uploaded',
    recipeId: 'default',
    mapping: { 'uic.code': 0 },
    totalRows: 1,
    validRows: 0,
    errorRows: 0,
    existingRows: 0,
    processedRows: 0,
    createdRows: 0,
    skippedRows: 0,
    createdBy: options.createdBy,
    createdAt: now,
    updatedAt: now,
    confirmedAt: null,
    finishedAt: null,
  };
  await insertJob(t.db, row);
  return row;
}
