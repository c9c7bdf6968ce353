import { useId, useState } from 'react';
import './bar-chart.css';

export interface BarItem {
  key: string;
  label: string;
  /** Drawn to scale; null = not drawn to scale (a hidden count). */
  value: number | null;
  /** What is written: "12", "<11", "*". */
  display: string;
  /** A hidden small count ("<11"): drawn as a short outlined bar, not to scale. */
  small?: boolean;
  /** "42.5 %" or "" — only from published numbers. */
  percent?: string;
}

interface BarChartProps {
  title: string;
  items: readonly BarItem[];
  /** Labels of the chart/table toggle and of the table's columns. */
  labels: {
    chart: string;
    table: string;
    category: string;
    value: string;
    percent: string;
    /** "3 categories with 0 (see the table)". */
    zeros?: (n: number) => string;
  };
  /** A last table row (the total), when the table has one. */
  total?: { label: string; display: string };
  /** A line under the chart (e.g. "a case can count in more than one row"). */
  note?: string;
}

/**
 * A horizontal bar chart in plain SVG (long category names fit a phone), with a table view of the
 * same numbers: every chart has one. Hidden counts are never drawn to scale.
 */
export function BarChart({ title, items, labels, total, note }: BarChartProps) {
  const [view, setView] = useState<'chart' | 'table'>('chart');
  const id = useId();
  const max = Math.max(1, ...items.map((i) => i.value ?? 0));
  // The chart leaves out the zeros (the table lists every category).
  const drawn = items.filter((i) => i.value !== 0);
  const zeros = items.length - drawn.length;
  const width = 320;
  const row = 34;
  const barMax = 250;
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
      {view === 'chart' && drawn.length === 0 ? null : view === 'chart' ? (
        <svg
          viewBox={`0 0 ${width} ${Math.max(row, drawn.length * row)}`}
          role="img"
          aria-label={`${title}: ${items.map((i) => `${i.label} ${i.display}`).join(', ')}`}
          className="bars__svg"
        >
          {drawn.map((item, index) => {
            const y = index * row;
            const w = item.value !== null ? Math.max(item.value > 0 ? 2 : 0, (item.value / max) * barMax) : 0;
            return (
              <g key={item.key}>
                <text x={0} y={y + 11} className="bars__label">
                  {item.label.length > 48 ? `${item.label.slice(0, 47)}…` : item.label}
                </text>
                {item.small ? (
                  <rect x={0} y={y + 15} width={14} height={12} className="bars__bar bars__bar--hidden" />
                ) : w > 0 ? (
                  <rect x={0} y={y + 15} width={w} height={12} className="bars__bar" />
                ) : null}
                <text x={(item.small ? 14 : w) + 5} y={y + 25} className="bars__value">
                  {item.display}
                </text>
              </g>
            );
          })}
        </svg>
      ) : (
        <div className="bars__table-wrap">
          <table className="bars__table">
            <thead>
              <tr>
                <th scope="col">{labels.category}</th>
                <th scope="col">{labels.value}</th>
                <th scope="col">{labels.percent}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr key={item.key}>
                  <th scope="row">{item.label}</th>
                  <td>{item.display}</td>
                  <td>{item.percent ?? ''}</td>
                </tr>
              ))}
            </tbody>
            {total ? (
              <tfoot>
                <tr>
                  <th scope="row">{total.label}</th>
                  <td>{total.display}</td>
                  <td />
                </tr>
              </tfoot>
            ) : null}
          </table>
        </div>
      )}
      {view === 'chart' && zeros > 0 && labels.zeros ? (
        <p className="bars__note">{labels.zeros(zeros)}</p>
      ) : null}
      {note ? <p className="bars__note">{note}</p> : null}
    </figure>
  );
}
