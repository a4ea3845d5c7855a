// The four-step path: prepare, upload, train, use. Numbers only, so nothing here needs translating.
import { Illustration } from './Illustration';

const STOPS = [40, 120, 200, 280];

export function StepPath({ label }: { label: string }) {
  return (
    <Illustration label={label} viewBox="0 0 320 70">
      <path className="ill-accent-line" d="M40 35 C80 5 80 65 120 35 S160 5 200 35 S240 65 280 35" />
      {STOPS.map((x, i) => (
        <g key={x} transform={`translate(${x} 35)`}>
          <circle className="ill-accent" r={15} />
          <text className="ill-on-accent" textAnchor="middle" dominantBaseline="central">
            {i + 1}
          </text>
        </g>
      ))}
    </Illustration>
  );
}
