import type {
  ActivityStatus,
  ActivityView,
  DocumentKind,
  DocumentView,
  ObjectiveView,
} from '../../../domain/planning.schemas';
import { daysUntil, documentExpiry, isActivityLate } from '../../../domain/planning';
import type { ActivityRow, DocumentWithFile, ObjectiveRow } from './planning.repo';

/** Explicit output fields; date states (`late`, `expiry`, `daysLeft`) use the server's day. */
export function presentObjective(row: ObjectiveRow): ObjectiveView {
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    position: row.position,
    active: row.active,
  };
}

export function presentActivity(row: ActivityRow, today: string): ActivityView {
  const status = row.status as ActivityStatus;
  return {
    id: row.id,
    objectiveId: row.objectiveId,
    grantId: row.grantId,
    title: row.title,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    status,
    responsibleRole: row.responsibleRole,
    late: isActivityLate({ status, endsOn: row.endsOn }, today),
  };
}

export function presentDocument(row: DocumentWithFile, today: string): DocumentView {
  return {
    id: row.id,
    kind: row.kind as DocumentKind,
    title: row.title,
    issuedOn: row.issuedOn,
    expiresOn: row.expiresOn,
    expiry: documentExpiry(row.expiresOn, today),
    daysLeft: row.expiresOn === null ? null : daysUntil(row.expiresOn, today),
    hasFile: row.fileId !== null,
    fileContentType: row.fileId === null ? null : row.fileContentType,
    fileSizeBytes: row.fileId === null ? null : row.fileSizeBytes,
    createdAt: row.createdAt.toISOString(),
  };
}
