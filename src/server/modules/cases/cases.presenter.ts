import type { ActTypeView, CaseEventView, CaseListItem } from '../../../domain/cases.schemas';
import type * as repo from './cases.repo';

type ListRow = Awaited<ReturnType<typeof repo.listCases>>[number];

/** A row of the queue: non-sensitive fields only (no narrative, no names, no victims). */
export function presentCaseListItem(row: ListRow): CaseListItem {
  return {
    id: row.id,
    reference: row.reference,
    status: row.status,
    outcome: row.outcome,
    urgent: row.urgent,
    occurredOn: row.occurredOn,
    occurredPrecision: row.occurredPrecision,
    locationType: row.locationType,
    actTypes: row.actTypes,
    needs: row.needs as CaseListItem['needs'],
    assignedToMe: row.assignedToMe,
    assigneeCount: row.assigneeCount,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function presentActType(row: repo.ActTypeRow): ActTypeView {
  return {
    key: row.key,
    labels: {
      es: row.labels.es ?? row.key,
      'pt-BR': row.labels['pt-BR'] ?? row.labels.es ?? row.key,
      en: row.labels.en ?? row.labels.es ?? row.key,
    },
    active: row.active,
    position: row.position,
  };
}

type EventRow = Awaited<ReturnType<typeof repo.listEvents>>[number];

export function presentEvent(row: EventRow): CaseEventView {
  return {
    id: row.id,
    kind: row.kind,
    actor: row.actor,
    details: { ...row.details },
    at: row.at.toISOString(),
  };
}
