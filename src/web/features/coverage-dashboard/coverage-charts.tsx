/** Light SVG drawings of the coverage dashboard (no chart library: the chunk stays small). */

export interface TrendPoint {
  key: string;
  /** Short label under the bar ("nov 26"). */
  label: string;
  /** Drawn value (a percentage or a count); null = no figure. */
  value: number | null;
  display: string;
}

/** Vertical bars over months; months without a figure show a dash. */
export function TrendBars({ points, title }: { points: readonly TrendPoint[]; title: string }) {
  const width = 320;
  const height = 150;
  const base = 120;
  const max = Math.max(1, ...points.map((p) => p.value ?? 0));
  const slot = width / Math.max(1, points.length);
  const bar = Math.min(36, slot * 0.6);
  const every = Math.ceil(points.length / 8);
  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={`${title}: ${points.map((p) => `${p.label} ${p.display}`).join(', ')}`}
      className="bars__svg"
    >
      <line x1={0} x2={width} y1={base} y2={base} className="coverage-axis" />
      {points.map((p, i) => {
        const x = i * slot + (slot - bar) / 2;
        const h = p.value === null ? 0 : Math.max(p.value > 0 ? 2 : 0, (p.value / max) * 95);
        return (
          <g key={p.key}>
            {h > 0 ? <rect x={x} y={base - h} width={bar} height={h} className="bars__bar" /> : null}
            {points.length <= 12 ? (
              <text x={x + bar / 2} y={base - h - 4} textAnchor="middle" className="bars__value">
                {p.display}
              </text>
            ) : null}
            {i % every === 0 ? (
              <text x={x + bar / 2} y={base + 16} textAnchor="middle" className="bars__label">
                {p.label}
              </text>
            ) : null}
          </g>
        );
      })}
    </svg>
  );
}

export interface RangeRow {
  key: string;
  label: string;
  /** Fractions (0.42 = 42 %); null without an estimate. */
  low: number | null;
  point: number | null;
  high: number | null;
  display: string;
}

/**
 * Coverage by unit as range bars: the line runs from the low to the high estimate's coverage, the dot
 * is the point estimate; a dashed line marks 100 %.
 */
export function RangeBars({ rows, title }: { rows: readonly RangeRow[]; title: string }) {
  const width = 320;
  const row = 34;
  const scaleMax = Math.max(1, ...rows.map((r) => r.high ?? r.point ?? 0));
  const span = 230;
  const x = (f: number) => (Math.min(f, scaleMax) / scaleMax) * span;
  return (
    <svg
      viewBox={`0 0 ${width} ${Math.max(row, rows.length * row + 4)}`}
      role="img"
      aria-label={`${title}: ${rows.map((r) => `${r.label} ${r.display}`).join(', ')}`}
      className="bars__svg"
    >
      <line x1={x(1)} x2={x(1)} y1={0} y2={rows.length * row} className="coverage-target" />
      {rows.map((r, i) => {
        const y = i * row;
        return (
          <g key={r.key}>
            <text x={0} y={y + 11} className="bars__label">
              {r.label.length > 48 ? `${r.label.slice(0, 47)}…` : r.label}
            </text>
            <line x1={0} x2={span} y1={y + 21} y2={y + 21} className="coverage-track" />
            {r.low !== null && r.high !== null ? (
              <rect
                x={x(r.low)}
                y={y + 16}
                width={Math.max(2, x(r.high) - x(r.low))}
                height={10}
                className="coverage-range"
              />
            ) : null}
            {r.point !== null ? <circle cx={x(r.point)} cy={y + 21} r={5} className="bars__bar" /> : null}
            <text x={span + 8} y={y + 25} className="bars__value">
              {r.display}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
