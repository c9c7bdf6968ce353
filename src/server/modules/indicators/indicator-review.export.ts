import type { Locale } from '../../../domain/locales';
import { translate } from '../../../i18n/translate';
import { tablesToXlsx, tableToCsv, type ExportTable } from '../../platform/exports/table-export';
import { FileDownload } from '../../platform/http/file-response';
import { orgContext, type ServiceContext } from '../../platform/http/route-spec';
import * as reviewRepo from './indicator-review.repo';
import { computeFigures, presentActions } from './indicator-review.service';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * The month's figures (and, in XLSX, its action items) as a file. Never the encrypted notes or
 * lessons; owners' display names are in the action sheet, so the download is an audited read.
 */
export async function exportReview(
  ctx: ServiceContext,
  month: string,
  format: 'csv' | 'xlsx',
  locale: Locale,
): Promise<FileDownload> {
  const c = orgContext(ctx);
  const t = (key: string) => translate(locale, key);
  const figures = await computeFigures(c, month);
  const indicators: ExportTable = {
    name: t('indicators.export.figures'),
    headers: [
      t('indicators.setup.name'),
      t('indicators.export.source'),
      t('indicators.export.monthValue'),
      t('indicators.export.monthTarget'),
      t('indicators.export.monthProgress'),
      t('indicators.export.quarterValue'),
      t('indicators.export.quarterTarget'),
      t('indicators.export.yearValue'),
      t('indicators.export.yearTarget'),
    ],
    rows: figures.map(({ indicator, month: m, quarter, year }) => [
      indicator.name,
      indicator.denominatorSourceKey
        ? `${t(`indicators.sources.${indicator.sourceKey}`)} ÷ ${t(`indicators.sources.${indicator.denominatorSourceKey}`)}`
        : t(`indicators.sources.${indicator.sourceKey}`),
      m.value,
      m.target,
      m.progress,
      quarter.value,
      quarter.target,
      year.value,
      year.target,
    ]),
  };
  const actions = await presentActions(
    c,
    await reviewRepo.listActionsOfMonth(c.db, c.org.orgId, `${month}-01`),
  );
  await ctx.audit({
    action: 'indicator_review.exported',
    resourceType: 'indicator_review',
    resourceId: null,
    sensitiveRead: true,
    details: { month, format, indicators: figures.length, actions: actions.length },
  });
  if (format === 'csv')
    return new FileDownload(`revision-${month}.csv`, 'text/csv; charset=utf-8', tableToCsv(indicators));
  const actionTable: ExportTable = {
    name: t('indicators.actions.title'),
    headers: [
      t('indicators.actions.fields.title'),
      t('indicators.actions.fields.owner'),
      t('indicators.actions.fields.dueOn'),
      t('indicators.export.status'),
    ],
    rows: actions.map((a) => [a.title, a.ownerName, a.dueOn, t(`indicators.actions.status.${a.status}`)]),
  };
  return new FileDownload(`revision-${month}.xlsx`, XLSX, await tablesToXlsx([indicators, actionTable]));
}
