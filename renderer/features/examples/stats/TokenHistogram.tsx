// Tokens per example as bars. The SVG is a picture for sighted users; the same numbers are in a table that
// screen readers read (the SVG is hidden from them), so nobody gets less information.
import { useTranslation } from 'react-i18next';
import type { HistogramBucket } from '../../../../shared/domain/dataset/stats';

const WIDTH = 560;
const HEIGHT = 140;
/** Room above the tallest bar for its count. */
const TOP = 18;

export function TokenHistogram({ buckets }: { buckets: HistogramBucket[] }) {
  const { t } = useTranslation();
  let last = buckets.length - 1;
  while (last > 0 && buckets[last]?.count === 0) last--;
  const shown = buckets.slice(0, last + 1);
  const max = Math.max(1, ...shown.map((b) => b.count));
  const barWidth = WIDTH / Math.max(1, shown.length);
  const label = (b: HistogramBucket) =>
    b.to === null
      ? t('examples.stats.bucketOpen', { from: b.from })
      : t('examples.stats.bucket', { from: b.from, to: b.to - 1 });
  return (
    <figure className="histogram">
      <figcaption>{t('examples.stats.histogram')}</figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${TOP + HEIGHT + 24}`} width="100%" aria-hidden="true" focusable="false">
        {shown.map((b, i) => {
          const h = Math.round((b.count / max) * HEIGHT);
          return (
            <g key={b.from}>
              <rect
                x={i * barWidth + 4}
                y={TOP + HEIGHT - h}
                width={barWidth - 8}
                height={h}
                className="bar"
              />
              <text
                x={i * barWidth + barWidth / 2}
                y={TOP + HEIGHT - h - 4}
                textAnchor="middle"
                className="bar-count"
              >
                {b.count}
              </text>
              <text
                x={i * barWidth + barWidth / 2}
                y={TOP + HEIGHT + 16}
                textAnchor="middle"
                className="bar-label"
              >
                {b.from}
              </text>
            </g>
          );
        })}
      </svg>
      <table className="visually-hidden">
        <tbody>
          {shown.map((b) => (
            <tr key={b.from}>
              <th scope="row">{label(b)}</th>
              <td>{t('examples.stats.bucketCount', { count: b.count })}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
