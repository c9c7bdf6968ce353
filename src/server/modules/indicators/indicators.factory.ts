import type { IndicatorFilterValues } from '../../../domain/indicator-filters';
import type { IndicatorActionStatus, IndicatorKind } from '../../../domain/indicators.schemas';
import { newId } from '../../../domain/ids';
import type { TestApp } from '../../testing/test-app';
import {
  indicatorActions,
  indicatorLessonColumn,
  indicatorLessons,
  indicatorReviewNoteColumn,
  indicatorReviewNotes,
  indicators,
} from './indicators.tables';

/** Test builder of an indicator (a count of contacts unless told otherwise). */
export async function buildIndicator(
  t: TestApp,
  options: {
    orgId: string;
    name?: string;
    kind?: IndicatorKind;
    sourceKey?: string;
    filters?: IndicatorFilterValues;
    denominatorSourceKey?: string | null;
    denominatorFilters?: IndicatorFilterValues | null;
  },
) {
  const id = newId();
  const now = t.clock.now();
  const row = {
    orgId: options.orgId,
    id,
    name: options.name ?? `Indicador ${id.slice(-8)}`,
    kind: options.kind ?? 'count',
    sourceKey: options.sourceKey ?? 'contacts',
    filters: options.filters ?? {},
    denominatorSourceKey: options.denominatorSourceKey ?? null,
    denominatorFilters: options.denominatorFilters ?? null,
    archivedAt: null,
    createdAt: now,
    updatedAt: now,
  };
  await t.db.insert(indicators).values(row);
  return row;
}

/** A "what happened" note of an indicator in a month (`YYYY-MM`), encrypted like the service does. */
export async function buildReviewNote(
  t: TestApp,
  options: { orgId: string; indicatorId: string; month: string; note: string },
) {
  const id = newId();
  await t.db.insert(indicatorReviewNotes).values({
    orgId: options.orgId,
    id,
    indicatorId: options.indicatorId,
    month: `${options.month}-01`,
    noteEnc: await t.deps.keyring.encryptText(
      options.orgId,
      options.note,
      indicatorReviewNoteColumn.aad({ org_id: options.orgId, id }),
    ),
    updatedBy: null,
    updatedAt: t.clock.now(),
  });
  return { id };
}

export async function buildIndicatorAction(
  t: TestApp,
  options: {
    orgId: string;
    ownerUserId: string;
    month: string;
    title?: string;
    dueOn?: string;
    status?: IndicatorActionStatus;
    indicatorId?: string | null;
  },
) {
  const id = newId();
  const now = t.clock.now();
  const row = {
    orgId: options.orgId,
    id,
    indicatorId: options.indicatorId ?? null,
    month: `${options.month}-01`,
    title: options.title ?? `Tarea ${id.slice(-6)}`,
    ownerUserId: options.ownerUserId,
    dueOn: options.dueOn ?? now.toISOString().slice(0, 10),
    status: options.status ?? 'open',
    completedOn: null,
    createdBy: null,
    createdAt: now,
    updatedAt: now,
  };
  await t.db.insert(indicatorActions).values(row);
  return row;
}

export async function buildLesson(
  t: TestApp,
  options: { orgId: string; month: string; text: string; indicatorId?: string | null },
) {
  const id = newId();
  await t.db.insert(indicatorLessons).values({
    orgId: options.orgId,
    id,
    month: `${options.month}-01`,
    indicatorId: options.indicatorId ?? null,
    textEnc: await t.deps.keyring.encryptText(
      options.orgId,
      options.text,
      indicatorLessonColumn.aad({ org_id: options.orgId, id }),
    ),
    createdBy: null,
    createdAt: t.clock.now(),
  });
  return { id };
}
