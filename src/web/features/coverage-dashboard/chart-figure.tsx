import { type ReactNode, useId, useState } from 'react';
import '../../ui/charts/bar-chart.css';

export interface FigureTable {
  headers: readonly string[];
  rows: readonly { key: string; cells: readonly ReactNode[] }[];
}

interface ChartFigureProps {
  title: string;
  labels: { chart: string; table: string };
  /** The drawing; null when there is nothing to draw (the note then points to the table). */
  chart: ReactNode;
  table: FigureTable;
  note?: string | undefined;
}

/**
 * A chart with a table view of the same numbers (every chart has one), in the frame and toggle of
 * the bar chart (`ui/charts/bar-chart`), for drawings the bar chart does not make.
 */
export function ChartFigure({ title, labels, chart, table, note }: ChartFigureProps) {
  const [view, setView] = useState<'chart' | 'table'>('chart');
  const id = useId();
  return (
    <figure className="bars" aria-labelledby={`${id}-title`}>
      <figcaption className="bars__head">
        <span id={`${id}-title`} className="bars__title">
          {title}
        </span>
        <span className="bars__toggle" role="group" aria-label={title}>
          <button type="button" aria-pressed={view === 'chart'} onClick={() => setView('chart')}>
            {labels.chart}
          </button>
          <button type="button" aria-pressed={view === 'table'} onClick={() => setView('table')}>
            {labels.table}
          </button>
        </span>
      </figcaption>
      {view === 'chart' ? (
        chart
      ) : (
        <div className="bars__table-wrap">
          <table className="bars__table">
            <thead>
              <tr>
                {table.headers.map((h, i) => (
                  <th key={i} scope="col">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row) => (
                <tr key={row.key}>
                  {row.cells.map((cell, i) =>
                    i === 0 ? (
                      <th key={i} scope="row">
                        {cell}
                      </th>
                    ) : (
                      <td key={i}>{cell}</td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {note ? <p className="bars__note">{note}</p> : null}
    </figure>
  );
}
