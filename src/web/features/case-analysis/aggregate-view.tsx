import { useTranslation } from 'react-i18next';
import {
  type AggregateCrossTable,
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
import { BarChart } from '../../ui/charts/bar-chart';

export function useLabels() {
  const { t, i18n } = useTranslation();
  return { t, locale: i18n.language as Locale };
}

/** One distribution as a bar chart with its table view. */
export function ListChart({ list, agg }: { list: AggregateList; agg: CaseAggregates }) {
  const { t, locale } = useLabels();
  const multi = MULTI_VALUED_DIMENSIONS.includes(list.dimension);
  const denominator = multi ? agg.cases : list.total;
  const title = t(`caseAnalysis.dimensions.${list.dimension}`);
  if (list.withheld)
    return (
      <div className="bars">
        <p className="bars__title">{title}</p>
        <p className="muted flush">{t('caseAnalysis.withheld')}</p>
      </div>
    );
  return (
    <BarChart
      title={title}
      items={list.items.map((item) => ({
        key: item.key,
        label: categoryLabel(list.dimension, item, locale, t),
        value: typeof item.count === 'number' ? item.count : null,
        small: item.count === '<',
        display: countText(item.count, agg.threshold),
        percent: percentText(item.count, denominator, locale),
      }))}
      labels={{
        chart: t('caseAnalysis.chart'),
        table: t('caseAnalysis.table'),
        category: t('caseAnalysis.category'),
        value: t('caseAnalysis.count'),
        percent: t('caseAnalysis.percent'),
        zeros: (n) => t('caseAnalysis.zeros', { n }),
      }}
      total={
        multi ? undefined : { label: t('caseAnalysis.total'), display: countText(list.total, agg.threshold) }
      }
      note={multi ? t('caseAnalysis.multiNote') : undefined}
    />
  );
}

/** A two-way table (responses by type × impact, or organizations × categories). */
export function CrossTable({
  title,
  table,
  threshold,
  rowLabel,
  columnLabel,
  note,
}: {
  title: string;
  table: AggregateCrossTable;
  threshold: number;
  rowLabel: (key: string) => string;
  columnLabel: (key: string) => string;
  note?: string;
}) {
  const { t } = useLabels();
  return (
    <div className="bars">
      <p className="bars__title">{title}</p>
      <div className="bars__table-wrap">
        <table className="bars__table">
          <thead>
            <tr>
              <th scope="col" />
              {table.columns.map((c) => (
                <th key={c} scope="col">
                  {columnLabel(c)}
                </th>
              ))}
              <th scope="col">{t('caseAnalysis.total')}</th>
            </tr>
          </thead>
          <tbody>
            {table.rows.map((r, i) => (
              <tr key={r}>
                <th scope="row">{rowLabel(r)}</th>
                {table.cells[i]!.map((c, j) => (
                  <td key={j}>{countText(c, threshold)}</td>
                ))}
                <td>{countText(table.rowTotals[i]!, threshold)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('caseAnalysis.total')}</th>
              {table.columnTotals.map((c, j) => (
                <td key={j}>{countText(c, threshold)}</td>
              ))}
              <td>{countText(table.total, threshold)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
      {note ? <p className="bars__note">{note}</p> : null}
    </div>
  );
}

/** Every table of an aggregate payload (the dashboard, the sharing preview, a shared payload). */
export function AggregateView({ agg }: { agg: CaseAggregates }) {
  const { t } = useLabels();
  const lists = agg.lists.filter((l) => l.items.length > 0);
  return (
    <div className="analysis-grid">
      {lists.map((list) => (
        <ListChart key={list.dimension} list={list} agg={agg} />
      ))}
      {agg.interventionImpact.rows.length > 0 ? (
        <CrossTable
          title={t('caseAnalysis.interventionImpact')}
          table={agg.interventionImpact}
          threshold={agg.threshold}
          rowLabel={(k) => interventionLabel(k, t)}
          columnLabel={(k) => impactLabel(k, t)}
          note={t('caseAnalysis.interventionImpactNote')}
        />
      ) : null}
    </div>
  );
}
