import type { ImportJobView, ImportKind, ImportStatus } from '../../../domain/imports.schemas';
import type { ImportJobRow } from './imports.repo';

/** The fields of an import answered to the web, one by one. */
export function presentJob(
  job: ImportJobRow,
  extra: { headers: string[]; fileName: string | null; fields: string[]; sameFileImportedBefore: boolean },
): ImportJobView {
  return {
    id: job.id,
    kind: job.kind as ImportKind,
    status: job.status as ImportStatus,
    fileName: extra.fileName,
    headers: extra.headers,
    mapping: job.mapping,
    fields: extra.fields,
    recipeId: job.recipeId,
    counts: {
      total: job.totalRows,
      valid: job.validRows,
      errors: job.errorRows,
      existing: job.existingRows,
      processed: job.processedRows,
      created: job.createdRows,
      skipped: job.skippedRows,
    },
    sameFileImportedBefore: extra.sameFileImportedBefore,
    createdAt: job.createdAt.toISOString(),
    finishedAt: job.finishedAt?.toISOString() ?? null,
  };
}
