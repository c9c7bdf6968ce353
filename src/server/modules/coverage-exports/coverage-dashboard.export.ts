import type { Locale } from '../../../domain/locales';
import { translate } from '../../../i18n/translate';
import { pdfHeading, pdfParagraph, pdfTable, renderPdf } from '../../platform/exports/pdf-document';
import { tablesToXlsx, tableToCsv } from '../../platform/exports/table-export';
import { FileDownload } from '../../platform/http/file-response';
import { dashboardTables, type DashboardFigures } from './coverage-dashboard.tables';

const stamp = (now: Date) => now.toISOString().slice(0, 10);
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** One CSV: every table one after the other, the table's name in the first column. */
export function dashboardCsv(f: DashboardFigures, locale: Locale, now: Date): FileDownload {
  const tables = dashboardTables(f, locale);
  const width = 1 + Math.max(...tables.map((tb) => tb.headers.length));
  const pad = <C extends string | number | null>(cells: readonly C[]): (C | '')[] => [
    ...cells,
    ...Array<''>(width - cells.length).fill(''),
  ];
  const rows = tables.flatMap((tb) => [
    pad([tb.name, ...tb.headers]),
    ...tb.rows.map((r) => pad(['', ...r])),
  ]);
  const body = tableToCsv({
    name: 'coverage',
    headers: pad([translate(locale, 'coverageReports.columns.table')]),
    rows,
  });
  return new FileDownload(`cobertura-${stamp(now)}.csv`, 'text/csv; charset=utf-8', body);
}

/** One sheet per table. */
export async function dashboardXlsx(f: DashboardFigures, locale: Locale, now: Date): Promise<FileDownload> {
  return new FileDownload(
    `cobertura-${stamp(now)}.xlsx`,
    XLSX,
    await tablesToXlsx(dashboardTables(f, locale)),
  );
}

export async function dashboardPdf(
  f: DashboardFigures,
  opts: { orgName: string; locale: Locale; now: Date },
): Promise<FileDownload> {
  const t = (key: string, params?: Record<string, string | number>) => translate(opts.locale, key, params);
  const { report } = f;
  const body = await renderPdf(
    {
      title: t('coverageReports.pdf.title'),
      subtitle: `${opts.orgName} · ${f.scopeName} · ${report.from} – ${report.to}`,
      footer: `${t('coverageReports.pdf.footer')} · ${stamp(opts.now)}`,
    },
    (doc) => {
      pdfParagraph(
        doc,
        t('coverageReports.pdf.package', { name: report.package.name, version: report.package.version }),
      );
      for (const table of dashboardTables(f, opts.locale)) {
        pdfHeading(doc, table.name);
        const first = table.headers.length > 4 ? 95 : 300;
        const rest = (495 - first) / (table.headers.length - 1);
        pdfTable(
          doc,
          [...table.headers],
          table.rows.map((row) => row.map((cell) => cell ?? '—')),
          [first, ...table.headers.slice(1).map(() => rest)],
        );
      }
    },
  );
  return new FileDownload(`cobertura-${stamp(opts.now)}.pdf`, 'application/pdf', body);
}
