import {
  type AggregateList,
  type CaseAggregates,
  MULTI_VALUED_DIMENSIONS,
} from '../../../domain/case-analysis.schemas';
import {
  categoryLabel,
  countText,
  impactLabel,
  interventionLabel,
  percentText,
} from '../../../domain/case-analysis.labels';
import type { Locale } from '../../../domain/locales';
import { translate } from '../../../i18n/translate';
import { FileDownload } from '../../platform/http/file-response';
import { pdfHeading, pdfParagraph, pdfTable, renderPdf } from '../../platform/exports/pdf-document';
import { type ExportTable, tablesToXlsx, tableToCsv } from '../../platform/exports/table-export';

/**
 * Files of the anonymized analysis. They are built ONLY from the suppressed aggregates (the same
 * object the dashboard shows): category keys and labels, published counts and percentages of
 * published numbers. No case id, reference, narrative, name or display code is in their input.
 */
function listRows(list: AggregateList, agg: CaseAggregates, locale: Locale) {
  const t = (key: string, params?: Record<string, string | number>) => translate(locale, key, params);
  const denominator = MULTI_VALUED_DIMENSIONS.includes(list.dimension) ? agg.cases : list.total;
  return list.items.map((item) => [
    categoryLabel(list.dimension, item, locale, t),
    countText(item.count, agg.threshold),
    percentText(item.count, denominator, locale),
  ]);
}

function listTables(agg: CaseAggregates, locale: Locale): ExportTable[] {
  const t = (key: string, params?: Record<string, string | number>) => translate(locale, key, params);
  const headers = [t('caseAnalysis.category'), t('caseAnalysis.count'), t('caseAnalysis.percent')];
  const tables: ExportTable[] = agg.lists.map((list) => {
    const rows = listRows(list, agg, locale);
    if (!MULTI_VALUED_DIMENSIONS.includes(list.dimension))
      rows.push([t('caseAnalysis.total'), countText(list.total, agg.threshold), '']);
    return { name: t(`caseAnalysis.dimensions.${list.dimension}`), headers, rows };
  });
  const it = agg.interventionImpact;
  tables.push({
    name: t('caseAnalysis.interventionImpact'),
    headers: ['', ...it.columns.map((c) => impactLabel(c, t)), t('caseAnalysis.total')],
    rows: [
      ...it.rows.map((row, i) => [
        interventionLabel(row, t),
        ...it.cells[i]!.map((c) => countText(c, agg.threshold)),
        countText(it.rowTotals[i]!, agg.threshold),
      ]),
      [
        t('caseAnalysis.total'),
        ...it.columnTotals.map((c) => countText(c, agg.threshold)),
        countText(it.total, agg.threshold),
      ],
    ],
  });
  return tables;
}

function stamp(now: Date): string {
  return now.toISOString().slice(0, 10);
}

export function analysisCsv(agg: CaseAggregates, locale: Locale, now: Date): FileDownload {
  const t = (key: string) => translate(locale, key);
  const tables = listTables(agg, locale);
  const rows: (string | number | null)[][] = [];
  for (const table of tables) {
    for (const row of table.rows) {
      if (table.headers.length === 3) rows.push([table.name, ...row]);
      else
        row.slice(1).forEach((cell, j) => {
          rows.push([table.name, `${row[0]} / ${table.headers[j + 1]}`, cell, '']);
        });
    }
  }
  const body = tableToCsv({
    name: 'analysis',
    headers: ['', t('caseAnalysis.category'), t('caseAnalysis.count'), t('caseAnalysis.percent')],
    rows,
  });
  return new FileDownload(`analisis-casos-${stamp(now)}.csv`, 'text/csv; charset=utf-8', body);
}

export async function analysisXlsx(agg: CaseAggregates, locale: Locale, now: Date): Promise<FileDownload> {
  const body = await tablesToXlsx(listTables(agg, locale));
  return new FileDownload(
    `analisis-casos-${stamp(now)}.xlsx`,
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    body,
  );
}

/** The report in Spanish (issue 5 §5), whatever the caller's language. */
export async function analysisPdf(agg: CaseAggregates, orgName: string, now: Date): Promise<FileDownload> {
  const locale: Locale = 'es';
  const t = (key: string, params?: Record<string, string | number>) => translate(locale, key, params);
  const period =
    agg.periodStart || agg.periodEnd
      ? t('caseAnalysis.pdf.period', {
          from: agg.periodStart ?? t('caseAnalysis.pdf.open'),
          to: agg.periodEnd ?? t('caseAnalysis.pdf.now'),
        })
      : t('caseAnalysis.pdf.allPeriod');
  const body = await renderPdf(
    {
      title: t('caseAnalysis.pdf.title'),
      subtitle: `${orgName} · ${period}`,
      footer: `${t('caseAnalysis.pdf.footer')} · ${stamp(now)}`,
    },
    (doc) => {
      pdfParagraph(doc, t('caseAnalysis.pdf.method', { max: agg.threshold - 1, threshold: agg.threshold }));
      pdfParagraph(doc, t('caseAnalysis.pdf.casesLine', { n: countText(agg.cases, agg.threshold) }));
      for (const table of listTables(agg, locale)) {
        pdfHeading(doc, table.name);
        const widths =
          table.headers.length === 3
            ? [275, 110, 110]
            : [130, ...table.headers.slice(1).map(() => 365 / (table.headers.length - 1))];
        pdfTable(doc, table.headers, table.rows as (string | number)[][], widths);
      }
    },
  );
  return new FileDownload(`informe-analisis-casos-${stamp(now)}.pdf`, 'application/pdf', body);
}
