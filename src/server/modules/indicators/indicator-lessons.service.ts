import { matchesAllWords } from '../../../domain/indicators';
import type { LessonCreateInput, LessonList, LessonView } from '../../../domain/indicators.schemas';
import { newId } from '../../../domain/ids';
import { AppError } from '../../platform/errors';
import { orgContext, type OrgServiceContext, type ServiceContext } from '../../platform/http/route-spec';
import * as reviewRepo from './indicator-review.repo';
import { presentLesson } from './indicators.presenter';
import * as repo from './indicators.repo';
import { indicatorLessonColumn } from './indicators.tables';

const lessonAad = (orgId: string, id: string) => indicatorLessonColumn.aad({ org_id: orgId, id });

export async function decryptLessons(
  c: OrgServiceContext,
  rows: reviewRepo.LessonRow[],
): Promise<LessonView[]> {
  const names = await repo.displayNames(
    c.db,
    rows.flatMap((row) => (row.createdBy ? [row.createdBy] : [])),
  );
  const views: LessonView[] = [];
  for (const row of rows) {
    const text = await c.deps.keyring.decryptText(c.org.orgId, row.textEnc, lessonAad(row.orgId, row.id));
    views.push(presentLesson(row, text, row.createdBy ? (names.get(row.createdBy) ?? null) : null));
  }
  return views;
}

export async function addLesson(
  ctx: ServiceContext,
  month: string,
  input: LessonCreateInput,
): Promise<LessonView> {
  const c = orgContext(ctx);
  const orgId = c.org.orgId;
  if (input.indicatorId && !(await repo.findIndicator(c.db, orgId, input.indicatorId)))
    throw new AppError('validation', { field: 'indicatorId', params: { reason: 'invalid_value' } });
  const id = input.id ?? newId(c.now.getTime());
  const row: reviewRepo.LessonRow = {
    orgId,
    id,
    month: `${month}-01`,
    indicatorId: input.indicatorId ?? null,
    textEnc: await c.deps.keyring.encryptText(orgId, input.text, lessonAad(orgId, id)),
    createdBy: c.actor.userId,
    createdAt: c.now,
  };
  if (!(await reviewRepo.insertLesson(c.db, row))) {
    const existing = await reviewRepo.findLesson(c.db, orgId, id);
    if (!existing) throw new AppError('conflict', { field: 'id' });
    const [view] = await decryptLessons(c, [existing]);
    if (!view || view.text !== input.text) throw new AppError('conflict', { field: 'id' });
    return view;
  }
  await ctx.audit({
    action: 'indicator_lesson.created',
    resourceType: 'indicator_lesson',
    resourceId: id,
    details: { month, indicator: row.indicatorId !== null },
  });
  return (await decryptLessons(c, [row]))[0]!;
}

/**
 * Lessons learned that contain every word of `q` (case and accents ignored). Lessons are encrypted,
 * so the organization's lessons are decrypted here and filtered in memory (SECURITY.md deviation on
 * searchable free text); the search is an audited sensitive read that records how many matched,
 * never the words.
 */
export async function searchLessons(ctx: ServiceContext, q: string | undefined): Promise<LessonList> {
  const c = orgContext(ctx);
  const all = await decryptLessons(c, await reviewRepo.listLessons(c.db, c.org.orgId));
  const lessons = q ? all.filter((lesson) => matchesAllWords(lesson.text, q)) : all;
  await ctx.audit({
    action: 'indicator_lesson.searched',
    resourceType: 'indicator_lesson',
    resourceId: null,
    sensitiveRead: true,
    details: { query: Boolean(q), matched: lessons.length },
  });
  return { lessons };
}
