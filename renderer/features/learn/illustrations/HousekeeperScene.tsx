// The housekeeper analogy: a briefing clock (fine-tuning), sticky notes (embeddings), a speech bubble
// of instructions (prompt) with a small memory cloud (context window), a repair person at the TV (agent).
import { Illustration, Person } from './Illustration';

export function HousekeeperScene({ label }: { label: string }) {
  return (
    <Illustration label={label} viewBox="0 0 320 190">
      {/* the house */}
      <path className="ill-surface ill-line" d="M20 75 L160 15 L300 75 L300 180 L20 180 Z" />
      <path className="ill-line" d="M20 180 L300 180" />
      {/* briefing clock: one hour */}
      <g transform="translate(52 100)">
        <circle className="ill-accent-soft ill-line" r={16} />
        <path className="ill-line" d="M0 0 L0 -10 M0 0 L8 0" />
      </g>
      {/* the housekeeper with her instructions and her small memory */}
      <Person x={100} y={100} className="ill-person-main" />
      <path
        className="ill-surface ill-line"
        d="M116 72 h44 a4 4 0 0 1 4 4 v18 a4 4 0 0 1 -4 4 h-34 l-8 8 v-8 h-2 a4 4 0 0 1 -4 -4 v-18 a4 4 0 0 1 4 -4 Z"
      />
      <path className="ill-muted-line" d="M122 80 h34 M122 86 h28 M122 92 h20" />
      <circle className="ill-surface ill-line" cx={86} cy={82} r={3} />
      <circle className="ill-surface ill-line" cx={80} cy={72} r={5} />
      <ellipse className="ill-surface ill-line" cx={70} cy={58} rx={14} ry={8} />
      {/* cupboard with sticky notes */}
      <rect className="ill-surface ill-line" x={178} y={98} width={48} height={80} rx={2} />
      <path className="ill-line" d="M202 98 V178" />
      <rect className="ill-note" x={183} y={106} width={14} height={14} transform="rotate(-6 190 113)" />
      <rect className="ill-note" x={207} y={116} width={14} height={14} transform="rotate(5 214 123)" />
      <rect className="ill-note" x={184} y={140} width={14} height={14} transform="rotate(3 191 147)" />
      {/* TV and the repair person with a wrench */}
      <rect className="ill-surface ill-line" x={238} y={108} width={40} height={28} rx={3} />
      <path className="ill-line" d="M250 136 L246 146 M266 136 L270 146" />
      <Person x={286} y={112} scale={0.85} className="ill-person-helper" />
      <path className="ill-accent-line" d="M300 132 L312 120 M309 117 a4 4 0 1 0 6 6" />
    </Illustration>
  );
}
