// Training and validation loss (and token accuracy) as an SVG line chart: no canvas, so it scales, prints
// and is readable by assistive tech through its title, description and a data table behind a toggle.
// Loss on the left scale (0 to the largest value), accuracy on a 0-100 % scale on the right.
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MetricPoint } from '../../../../shared/domain/training/types';

const W = 640;
const H = 240;
const PAD = { left: 44, right: 44, top: 12, bottom: 28 };

type Key = 'trainLoss' | 'validLoss' | 'trainAccuracy' | 'validAccuracy';
const SERIES = [
  { key: 'trainLoss', className: 'line-train', label: 'train.chart.trainLoss', scale: 'loss' },
  { key: 'validLoss', className: 'line-valid', label: 'train.chart.validLoss', scale: 'loss' },
  {
    key: 'trainAccuracy',
    className: 'line-train-acc',
    label: 'train.chart.trainAccuracy',
    scale: 'accuracy',
  },
  {
    key: 'validAccuracy',
    className: 'line-valid-acc',
    label: 'train.chart.validAccuracy',
    scale: 'accuracy',
  },
] as const satisfies readonly { key: Key; className: string; label: string; scale: 'loss' | 'accuracy' }[];

export function LossChart({
  points,
  totalSteps,
}: {
  points: readonly MetricPoint[];
  totalSteps: number | null;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [showTable, setShowTable] = useState(false);
  const maxStep = Math.max(totalSteps ?? 0, points.at(-1)?.step ?? 1, 1);
  const maxLoss = useMemo(
    () => Math.max(0.1, ...points.flatMap((p) => [p.trainLoss ?? 0, p.validLoss ?? 0])),
    [points],
  );
  const x = (step: number) => PAD.left + ((W - PAD.left - PAD.right) * step) / maxStep;
  const y = (value: number, scale: 'loss' | 'accuracy') =>
    PAD.top + (H - PAD.top - PAD.bottom) * (1 - (scale === 'loss' ? value / maxLoss : value));
  const path = (key: Key, scale: 'loss' | 'accuracy') => {
    const pts = points.filter((p) => p[key] !== null);
    return pts
      .map((p, i) => `${i === 0 ? 'M' : 'L'}${x(p.step).toFixed(1)},${y(p[key] as number, scale).toFixed(1)}`)
      .join(' ');
  };
  const present = SERIES.filter((s) => points.some((p) => p[s.key] !== null));

  return (
    <figure className="loss-chart" data-testid="train-chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={`${id}-title ${id}-desc`}>
        <title id={`${id}-title`}>{t('train.chart.title')}</title>
        <desc id={`${id}-desc`}>
          {t('train.chart.description', { points: points.length, steps: maxStep })}
        </desc>
        <line className="axis" x1={PAD.left} y1={H - PAD.bottom} x2={W - PAD.right} y2={H - PAD.bottom} />
        <line className="axis" x1={PAD.left} y1={PAD.top} x2={PAD.left} y2={H - PAD.bottom} />
        <text className="tick" x={PAD.left - 6} y={PAD.top + 4} textAnchor="end">
          {maxLoss.toFixed(1)}
        </text>
        <text className="tick" x={PAD.left - 6} y={H - PAD.bottom} textAnchor="end">
          0
        </text>
        <text className="tick" x={W - PAD.right + 6} y={PAD.top + 4}>
          100%
        </text>
        <text className="tick" x={W - PAD.right} y={H - 8} textAnchor="end">
          {maxStep}
        </text>
        <text className="tick" x={(W + PAD.left - PAD.right) / 2} y={H - 8} textAnchor="middle">
          {t('train.chart.steps')}
        </text>
        {present.map((s) => (
          <path key={s.key} className={`line ${s.className}`} d={path(s.key, s.scale)} fill="none" />
        ))}
      </svg>
      <figcaption>
        <ul className="legend">
          {present.map((s) => (
            <li key={s.key} className={s.className}>
              {t(s.label)}
            </li>
          ))}
        </ul>
        <button
          type="button"
          className="link"
          onClick={() => setShowTable((v) => !v)}
          aria-expanded={showTable}
        >
          {showTable ? t('train.chart.hideTable') : t('train.chart.showTable')}
        </button>
      </figcaption>
      {showTable ? (
        <div className="chart-table">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('train.chart.step')}</th>
                {SERIES.map((s) => (
                  <th key={s.key} scope="col">
                    {t(s.label)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {points.map((p) => (
                <tr key={p.step}>
                  <th scope="row">{p.step}</th>
                  {SERIES.map((s) => (
                    <td key={s.key}>{p[s.key] === null ? '' : (p[s.key] as number).toFixed(3)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </figure>
  );
}
