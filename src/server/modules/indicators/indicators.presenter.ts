import type {
  IndicatorActionView,
  IndicatorTargetView,
  IndicatorView,
  LessonView,
} from '../../../domain/indicators.schemas';
import type { ActionRow, LessonRow } from './indicator-review.repo';
import type { IndicatorRow, TargetRow } from './indicators.repo';

/** `YYYY-MM-01` → `YYYY-MM`. */
export const monthOf = (day: string) => day.slice(0, 7);

export function presentTarget(row: TargetRow): IndicatorTargetView {
  return { periodType: row.periodType, periodStart: monthOf(row.periodStart), target: row.target };
}

export function presentIndicator(row: IndicatorRow, targets: TargetRow[]): IndicatorView {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    sourceKey: row.sourceKey,
    filters: { ...row.filters },
    denominatorSourceKey: row.denominatorSourceKey,
    denominatorFilters: row.denominatorFilters ? { ...row.denominatorFilters } : null,
    archived: row.archivedAt !== null,
    targets: targets.filter((target) => target.indicatorId === row.id).map(presentTarget),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function presentAction(row: ActionRow, today: string, ownerName: string | null): IndicatorActionView {
  return {
    id: row.id,
    indicatorId: row.indicatorId,
    month: monthOf(row.month),
    title: row.title,
    ownerUserId: row.ownerUserId,
    ownerName,
    dueOn: row.dueOn,
    status: row.status,
    completedOn: row.completedOn,
    overdue: row.status === 'open' && row.dueOn < today,
  };
}

export function presentLesson(row: LessonRow, text: string, authorName: string | null): LessonView {
  return {
    id: row.id,
    month: monthOf(row.month),
    indicatorId: row.indicatorId,
    text,
    authorName,
    createdAt: row.createdAt.toISOString(),
  };
}
