// Monthly cost against volume for both options, as a small inline SVG line chart.
//
// Why not uPlot (installed): it draws on <canvas>, which jsdom cannot render (so the DOM tests could
// not see the chart at all) and which screen readers cannot read; for two straight lines and one marker
// an SVG is a few dozen lines, themeable with CSS variables and described by a translated label.
import type { CostPoint } from '../../../../shared/domain/learn';
import { niceCeil } from '../../../../shared/domain/learn';
import type { ContentLang } from '../../../components/glossary';
import type { CalculatorContent } from '../content';
import { fill, formatNumber, formatUsd } from '../format';

const W = 480;
const H = 240;
// Right padding leaves room for the last x-axis label, which is centred on the chart's edge.
const PAD = { left: 64, right: 36, top: 16, bottom: 40 };

export interface CostChartProps {
  points: readonly CostPoint[];
  breakEvenRequests: number | null;
  content: CalculatorContent;
  lang: ContentLang;
}

export function CostChart({ points, breakEvenRequests, content, lang }: CostChartProps) {
  const maxX = points.at(-1)?.requests ?? 1;
  const maxY = niceCeil(Math.max(...points.flatMap((p) => [p.baseUsd, p.tunedUsd]), 0.01));
  const x = (requests: number) => PAD.left + (requests / (maxX || 1)) * (W - PAD.left - PAD.right);
  const y = (usd: number) => H - PAD.bottom - (usd / maxY) * (H - PAD.top - PAD.bottom);
  const line = (pick: (p: CostPoint) => number) =>
    points.map((p) => `${x(p.requests)},${y(pick(p))}`).join(' ');
  const c = content.chart;
  const label = fill(c.label, { max: formatNumber(maxX, lang) });
  const showBreakEven = breakEvenRequests !== null && breakEvenRequests <= maxX;

  return (
    <figure className="learn-chart">
      <figcaption className="learn-chart__title">{c.heading}</figcaption>
      <svg role="img" aria-label={label} viewBox={`0 0 ${W} ${H}`} className="learn-chart__svg">
        <title>{label}</title>
        <path className="chart-axis" d={`M${PAD.left} ${PAD.top} V${H - PAD.bottom} H${W - PAD.right}`} />
        {[0, 0.5, 1].map((f) => (
          <g key={f}>
            <path className="chart-grid" d={`M${PAD.left} ${y(maxY * f)} H${W - PAD.right}`} />
            <text
              className="chart-tick"
              x={PAD.left - 6}
              y={y(maxY * f)}
              textAnchor="end"
              dominantBaseline="middle"
            >
              {formatUsd(maxY * f, lang)}
            </text>
            <text className="chart-tick" x={x(maxX * f)} y={H - PAD.bottom + 16} textAnchor="middle">
              {formatNumber(maxX * f, lang)}
            </text>
          </g>
        ))}
        <text className="chart-axis-label" x={(PAD.left + W - PAD.right) / 2} y={H - 4} textAnchor="middle">
          {c.xAxis}
        </text>
        {showBreakEven ? (
          <path className="chart-break-even" d={`M${x(breakEvenRequests)} ${PAD.top} V${H - PAD.bottom}`} />
        ) : null}
        <polyline className="chart-line chart-line--base" points={line((p) => p.baseUsd)} />
        <polyline className="chart-line chart-line--tuned" points={line((p) => p.tunedUsd)} />
      </svg>
      <ul className="learn-chart__legend">
        <li>
          <span className="swatch swatch--base" aria-hidden="true" /> {c.base}
        </li>
        <li>
          <span className="swatch swatch--tuned" aria-hidden="true" /> {c.tuned}
        </li>
        {showBreakEven ? (
          <li>
            <span className="swatch swatch--break-even" aria-hidden="true" /> {c.breakEven}:{' '}
            {formatNumber(breakEvenRequests, lang)}
          </li>
        ) : null}
        <li className="learn-chart__axis-note">{c.yAxis}</li>
      </ul>
    </figure>
  );
}
