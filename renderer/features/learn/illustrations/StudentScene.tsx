// The exam analogy: the exam paper (prompt), a stack of cramming books (fine-tuning), an open notebook
// (embeddings) and a calculator (agent) on the student's desk.
import { Illustration, Person } from './Illustration';

export function StudentScene({ label }: { label: string }) {
  return (
    <Illustration label={label} viewBox="0 0 320 190">
      {/* the student behind the desk */}
      <Person x={160} y={40} className="ill-person-main" />
      <rect className="ill-surface ill-line" x={30} y={118} width={260} height={10} rx={2} />
      <path className="ill-line" d="M45 128 V182 M275 128 V182" />
      {/* exam paper */}
      <g transform="rotate(-4 160 104)">
        <rect className="ill-surface ill-line" x={138} y={86} width={44} height={32} />
        <path className="ill-muted-line" d="M144 94 h30 M144 100 h24 M144 106 h28" />
      </g>
      {/* stack of cramming books */}
      <rect className="ill-accent-soft ill-line" x={48} y={106} width={52} height={12} rx={2} />
      <rect className="ill-note ill-line" x={52} y={94} width={46} height={12} rx={2} />
      <rect className="ill-accent-soft ill-line" x={46} y={82} width={50} height={12} rx={2} />
      {/* open notebook */}
      <path className="ill-surface ill-line" d="M196 116 L218 108 L240 116 L240 96 L218 88 L196 96 Z" />
      <path className="ill-line" d="M218 88 V108" />
      <path className="ill-muted-line" d="M201 100 l12 -4 M223 96 l12 4" />
      {/* calculator */}
      <rect className="ill-surface ill-line" x={250} y={84} width={26} height={34} rx={3} />
      <rect className="ill-accent-soft" x={254} y={88} width={18} height={7} />
      <path
        className="ill-line"
        d="M256 101 h2 M263 101 h2 M270 101 h2 M256 107 h2 M263 107 h2 M270 107 h2 M256 113 h2 M263 113 h2 M270 113 h2"
      />
    </Illustration>
  );
}
