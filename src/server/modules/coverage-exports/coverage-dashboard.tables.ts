import type { CoverageReport, CoverageRow } from '../../../domain/coverage.schemas';
import { coveragePercent } from '../../../domain/coverage-exports/indicator-values';
import type { Locale } from '../../../domain/locales';
import { translate } from '../../../i18n/translate';
import type { ExportTable } from '../../platform/exports/table-export';

/** What the dashboard showed: the report of its rows and the figures of the drill-down unit. */
export interface DashboardFigures {
  report: CoverageReport;
  /** The organization, local group or site the page is drilled down to. */
  scope: CoverageRow;
  scopeName: string;
}

type T = (key: string, params?: Record<string, string | number>) => string;

const unitName = (row: CoverageRow, t: T) => row.unit.name ?? t(`coverageReports.noUnit.${row.unit.level}`);

function summaryTable(f: DashboardFigures, t: T): ExportTable {
  const r = f.scope;
  const line = (key: string, value: number | null): [string, number | null] => [
    t(`coverageReports.metrics.${key}`),
    value,
  ];
  return {
    name: t('coverageReports.tables.summary'),
    headers: [t('coverageReports.columns.indicator'), t('coverageReports.columns.value')],
    rows: [
      line('reached', r.reached),
      line('reachedWithPackage', r.reachedWithPackage),
      line('estimateLow', r.estimate.low),
      line('estimatePoint', r.estimate.point),
      line('estimateHigh', r.estimate.high),
      line('coverageLow', coveragePercent(r.coverage.low)),
      line('coveragePoint', coveragePercent(r.coverage.point)),
      line('coverageHigh', coveragePercent(r.coverage.high)),
      line('regularContact', r.regularContact),
      line('newMembers', r.newMembers),
      line('repeatMembers', r.repeatMembers),
      line('contacts', r.contacts),
      line('anonymousContacts', r.anonymousContacts),
      line('promotorasActive', r.promotorasActive),
      line('membersPerPromotora', r.membersPerPromotora === null ? null : Math.round(r.membersPerPromotora)),
      line('caseloadNorm', f.report.caseloadNorm),
      line('sitesReporting', r.reportingSites.reporting),
      line('sitesZeroReturns', r.reportingSites.zeroReturns),
      line('sitesSilent', r.reportingSites.silent),
    ],
  };
}

function unitsTable(f: DashboardFigures, t: T): ExportTable {
  const m = (key: string) => t(`coverageReports.metrics.${key}`);
  return {
    name: t('coverageReports.tables.units'),
    headers: [
      t(`coverageReports.levels.${f.report.level}`),
      m('reached'),
      m('reachedWithPackage'),
      m('estimateLow'),
      m('estimatePoint'),
      m('estimateHigh'),
      m('coverageLow'),
      m('coveragePoint'),
      m('coverageHigh'),
      m('membersPerPromotora'),
    ],
    rows: f.report.rows.map((r) => [
      unitName(r, t),
      r.reached,
      r.reachedWithPackage,
      r.estimate.low,
      r.estimate.point,
      r.estimate.high,
      coveragePercent(r.coverage.low),
      coveragePercent(r.coverage.point),
      coveragePercent(r.coverage.high),
      r.membersPerPromotora === null ? null : Math.round(r.membersPerPromotora),
    ]),
  };
}

function trendTable(f: DashboardFigures, t: T): ExportTable {
  const m = (key: string) => t(`coverageReports.metrics.${key}`);
  return {
    name: t('coverageReports.tables.trend'),
    headers: [
      t('coverageReports.columns.month'),
      m('reached'),
      m('reachedWithPackage'),
      m('coveragePoint'),
      m('sitesReporting'),
      m('sitesZeroReturns'),
      m('sitesSilent'),
    ],
    rows: f.report.trend.map((p) => [
      p.month,
      p.reached,
      p.reachedWithPackage,
      coveragePercent(p.coveragePoint),
      p.reportingSites.reporting,
      p.reportingSites.zeroReturns,
      p.reportingSites.silent,
    ]),
  };
}

/** Referral cascade and services given (the service mix) of the drill-down unit. */
function servicesTables(f: DashboardFigures, t: T): ExportTable[] {
  const r = f.scope;
  const headers = [t('coverageReports.columns.indicator'), t('coverageReports.columns.value')];
  const m = (key: string) => t(`coverageReports.metrics.${key}`);
  return [
    {
      name: t('coverageReports.tables.cascade'),
      headers,
      rows: [
        [m('referralsMade'), r.referralsMade],
        [m('referralsCompleted'), r.referralsCompleted],
        [m('hivTestedKnowsResult'), r.hivTestedKnowsResult],
      ],
    },
    {
      name: t('coverageReports.tables.services'),
      headers,
      rows: [
        [m('condomsGiven'), r.condomsGiven],
        [m('condomsNeeded'), r.condomsNeeded],
        [m('lubricantGiven'), r.lubricantGiven],
        [m('referralsMade'), r.referralsMade],
      ],
    },
  ];
}

/**
 * The dashboard's tables, one per chart, in the export's language. Built only from the coverage
 * report (counts per organization, local group, site and month): no member, code or contact.
 */
export function dashboardTables(f: DashboardFigures, locale: Locale): ExportTable[] {
  const t: T = (key, params) => translate(locale, key, params);
  return [summaryTable(f, t), unitsTable(f, t), trendTable(f, t), ...servicesTables(f, t)];
}
