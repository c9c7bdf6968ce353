import { useId, useState } from 'react';
import './radar-chart.css';

export interface RadarAxis {
  key: string;
  label: string;
  /** 0..max; null = no score (drawn at the centre, "—" in the table). */
  value: number | null;
  /** A second series (e.g. the previous assessment), drawn dashed. */
  previous?: number | null;
}

interface RadarChartProps {
  title: string;
  axes: readonly RadarAxis[];
  max?: number;
  /** Names of the two series for the legend and the table. */
  seriesLabel: string;
  previousLabel?: string;
  /** Labels of the chart/table toggle and the table's first column. */
  labels: { chart: string; table: string; axis: string; none: string };
  format?: (value: number) => string;
}

/**
 * A radar (spider) chart in plain SVG, with a table view of the same numbers (every chart has one).
 * Rings at each whole value; the current series filled, the previous one dashed.
 */
export function RadarChart({
  title,
  axes,
  max = 4,
  seriesLabel,
  previousLabel,
  labels,
  format,
}: RadarChartProps) {
  const [view, setView] = useState<'chart' | 'table'>('chart');
  const id = useId();
  const show = (value: number | null | undefined) =>
    value === null || value === undefined ? labels.none : format ? format(value) : String(value);
  const hasPrevious =
    Boolean(previousLabel) && axes.some((axis) => axis.previous !== undefined && axis.previous !== null);
  const size = 340;
  const c = size / 2;
  const r = 105;
  const n = Math.max(axes.length, 1);
  const point = (index: number, value: number) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * index) / n;
    return [c + Math.cos(angle) * r * (value / max), c + Math.sin(angle) * r * (value / max)] as const;
  };
  const path = (values: readonly number[]) =>
    values
      .map((value, index) =>
        point(index, value)
          .map((v) => v.toFixed(1))
          .join(','),
      )
      .join(' ');
  return (
    <figure className="radar" aria-labelledby={`${id}-title`}>
      <figcaption className="radar__head">
        <span id={`${id}-title`} className="radar__title">
          {title}
        </span>
        <span className="radar__toggle" role="group" aria-label={title}>
          <button type="button" aria-pressed={view === 'chart'} onClick={() => setView('chart')}>
            {labels.chart}
          </button>
          <button type="button" aria-pressed={view === 'table'} onClick={() => setView('table')}>
            {labels.table}
          </button>
        </span>
      </figcaption>
      {view === 'chart' ? (
        <>
          <svg
            viewBox={`0 0 ${size} ${size}`}
            role="img"
            aria-label={`${title}: ${axes.map((a) => `${a.label} ${show(a.value)}`).join(', ')}`}
            className="radar__svg"
          >
            {Array.from({ length: max }, (_, i) => i + 1).map((ring) => (
              <polygon key={ring} points={path(axes.map(() => ring))} className="radar__ring" />
            ))}
            {axes.map((axis, index) => {
              const [x, y] = point(index, max);
              return <line key={axis.key} x1={c} y1={c} x2={x} y2={y} className="radar__axis" />;
            })}
            {hasPrevious ? (
              <polygon points={path(axes.map((axis) => axis.previous ?? 0))} className="radar__previous" />
            ) : null}
            <polygon points={path(axes.map((axis) => axis.value ?? 0))} className="radar__current" />
            {axes.map((axis, index) => {
              const [x, y] = point(index, axis.value ?? 0);
              return <circle key={axis.key} cx={x} cy={y} r={3.5} className="radar__dot" />;
            })}
            {axes.map((axis, index) => {
              const angle = -Math.PI / 2 + (2 * Math.PI * index) / n;
              const x = c + Math.cos(angle) * (r + 14);
              const y = c + Math.sin(angle) * (r + 14);
              const cos = Math.cos(angle);
              const anchor = Math.abs(cos) < 0.2 ? 'middle' : cos > 0 ? 'start' : 'end';
              const words = axis.label.split(' ');
              const lines: string[] = [];
              for (const word of words) {
                const last = lines[lines.length - 1];
                if (last && (last + ' ' + word).length <= 14) lines[lines.length - 1] = `${last} ${word}`;
                else lines.push(word);
              }
              lines.push(show(axis.value));
              const dy =
                Math.sin(angle) < -0.5
                  ? -(lines.length - 1) * 12
                  : Math.sin(angle) > 0.5
                    ? 8
                    : -((lines.length - 1) * 12) / 2 + 4;
              return (
                <text key={axis.key} x={x} y={y + dy} textAnchor={anchor} className="radar__label">
                  {lines.map((line, i) => (
                    <tspan
                      key={i}
                      x={x}
                      dy={i === 0 ? 0 : 12}
                      className={i === lines.length - 1 ? 'radar__value' : undefined}
                    >
                      {line}
                    </tspan>
                  ))}
                </text>
              );
            })}
          </svg>
          <p className="radar__legend">
            <span className="radar__key radar__key--current" aria-hidden="true" /> {seriesLabel}
            {hasPrevious ? (
              <>
                {' '}
                <span className="radar__key radar__key--previous" aria-hidden="true" /> {previousLabel}
              </>
            ) : null}
          </p>
        </>
      ) : (
        <table className="radar__table">
          <thead>
            <tr>
              <th scope="col">{labels.axis}</th>
              <th scope="col">{seriesLabel}</th>
              {hasPrevious ? <th scope="col">{previousLabel}</th> : null}
            </tr>
          </thead>
          <tbody>
            {axes.map((axis) => (
              <tr key={axis.key}>
                <th scope="row">{axis.label}</th>
                <td>{show(axis.value)}</td>
                {hasPrevious ? <td>{show(axis.previous)}</td> : null}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </figure>
  );
}
