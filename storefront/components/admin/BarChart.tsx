import { formatNumber } from '../../lib/admin/format';

export interface Bar {
  label: string;
  value: number;
}

interface Props {
  id: string;
  title: string;
  description: string;
  bars: Bar[];
  /** Column headings of the table alternative. */
  labelHeading: string;
  valueHeading: string;
}

const WIDTH = 320;
const ROW = 32;
const LABEL_WIDTH = 96;
const VALUE_WIDTH = 56;

/**
 * A horizontal bar chart drawn on the server as SVG (no chart library, no JavaScript). The SVG is an image
 * with a title and description; the same figures follow in a table for screen readers and for reading.
 */
export function BarChart({ id, title, description, bars, labelHeading, valueHeading }: Props) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const plot = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
  const height = bars.length * ROW + 8;
  return (
    <figure className="chart" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`}>{title}</figcaption>
      <svg role="img" aria-labelledby={`${id}-title ${id}-desc`} viewBox={`0 0 ${WIDTH} ${height}`} width="100%" preserveAspectRatio="xMinYMin meet">
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        {bars.map((bar, i) => {
          const y = 4 + i * ROW;
          const width = Math.round((bar.value / max) * plot);
          return (
            <g key={bar.label}>
              <text x={0} y={y + ROW / 2} dominantBaseline="middle" className="chart-label">
                {bar.label}
              </text>
              <rect x={LABEL_WIDTH} y={y + 6} width={Math.max(width, bar.value > 0 ? 2 : 0)} height={ROW - 12} rx={3} className={`chart-bar chart-bar-${i}`} />
              <text x={LABEL_WIDTH + width + 6} y={y + ROW / 2} dominantBaseline="middle" className="chart-value">
                {formatNumber(bar.value)}
              </text>
            </g>
          );
        })}
      </svg>
      <table className="data-table chart-table">
        <caption className="visually-hidden">{title}</caption>
        <thead>
          <tr>
            <th scope="col">{labelHeading}</th>
            <th scope="col" className="num">
              {valueHeading}
            </th>
          </tr>
        </thead>
        <tbody>
          {bars.map((bar) => (
            <tr key={bar.label}>
              <th scope="row">{bar.label}</th>
              <td className="num">{formatNumber(bar.value)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
