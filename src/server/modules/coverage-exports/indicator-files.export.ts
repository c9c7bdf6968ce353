import type { CoverageExportSettingsView } from '../../../domain/coverage-exports.schemas';
import { toAdx, toDataValueSet, type IndicatorValue } from '../../../domain/coverage-exports/dhis2';
import type { IndicatorCode, ReportingPeriod } from '../../../domain/coverage-exports/indicators';
import type { Locale } from '../../../domain/locales';
import { translate } from '../../../i18n/translate';
import { type ExportTable, tablesToXlsx, tableToCsv } from '../../platform/exports/table-export';
import { FileDownload } from '../../platform/http/file-response';

export interface IndicatorFileInput {
  values: readonly IndicatorValue[];
  settings: CoverageExportSettingsView;
  /** Site names by id (the organization's own export). */
  siteNames: ReadonlyMap<string, string>;
  from: string;
  to: string;
  locale: Locale;
  now: Date;
}

const stamp = (now: Date) => now.toISOString().slice(0, 10);

/** The organization's wording of each indicator in one language. */
export function wordingOf(
  settings: CoverageExportSettingsView,
  locale: Locale,
): Record<IndicatorCode, string> {
  return Object.fromEntries(settings.labels.map((l) => [l.indicator, l.labels[locale]])) as Record<
    IndicatorCode,
    string
  >;
}

/** Every indicator value with its wording and, where configured, its DHIS2 mapping. */
export function indicatorTable(input: IndicatorFileInput): ExportTable {
  const t = (key: string) => translate(input.locale, key);
  const wording = wordingOf(input.settings, input.locale);
  const elements = new Map(input.settings.dataElements.map((d) => [d.indicator, d]));
  const units = new Map(input.settings.orgUnits.map((o) => [o.siteId, o.orgUnit]));
  return {
    name: t('coverageReports.tables.indicators'),
    headers: [
      t('coverageReports.columns.code'),
      t('coverageReports.columns.indicator'),
      t('coverageReports.columns.unit'),
      t('coverageReports.columns.from'),
      t('coverageReports.columns.to'),
      t('coverageReports.columns.value'),
      'dataElement',
      'categoryOptionCombo',
      'orgUnit',
    ],
    rows: input.values.map((v) => [
      v.indicator,
      wording[v.indicator],
      v.siteId === null
        ? t('coverageReports.levels.organization')
        : (input.siteNames.get(v.siteId) ?? v.siteId),
      input.from,
      input.to,
      v.value,
      elements.get(v.indicator)?.dataElement ?? null,
      elements.get(v.indicator)?.categoryOptionCombo ?? null,
      units.get(v.siteId) ?? null,
    ]),
  };
}

export function indicatorCsv(input: IndicatorFileInput): FileDownload {
  return new FileDownload(
    `indicadores-${input.from}-${input.to}.csv`,
    'text/csv; charset=utf-8',
    tableToCsv(indicatorTable(input)),
  );
}

export async function indicatorXlsx(input: IndicatorFileInput): Promise<FileDownload> {
  return new FileDownload(
    `indicadores-${input.from}-${input.to}.xlsx`,
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    await tablesToXlsx([indicatorTable(input)]),
  );
}

function dhis2Input(input: IndicatorFileInput, period: ReportingPeriod) {
  return {
    period,
    values: input.values,
    dataSet: input.settings.dataSet,
    dataElements: input.settings.dataElements,
    orgUnits: input.settings.orgUnits,
    labels: wordingOf(input.settings, input.locale),
  };
}

export function indicatorDhis2(input: IndicatorFileInput, period: ReportingPeriod): FileDownload {
  const body = Buffer.from(`${JSON.stringify(toDataValueSet(dhis2Input(input, period)), null, 2)}\n`);
  return new FileDownload(
    `dhis2-${input.from}-${input.to}-${stamp(input.now)}.json`,
    'application/json',
    body,
  );
}

export function indicatorAdx(input: IndicatorFileInput, period: ReportingPeriod): FileDownload {
  const body = Buffer.from(toAdx(dhis2Input(input, period), input.now));
  return new FileDownload(
    `adx-${input.from}-${input.to}-${stamp(input.now)}.xml`,
    'application/adx+xml; charset=utf-8',
    body,
  );
}
