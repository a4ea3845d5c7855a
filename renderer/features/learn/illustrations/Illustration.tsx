// Frame for the small inline drawings: one accessible image (role="img", translated label and title),
// drawn only with shapes whose colours come from CSS classes, so they follow the light/dark theme.
import type { ReactNode } from 'react';

export function Illustration({
  label,
  viewBox,
  children,
}: {
  label: string;
  viewBox: string;
  children: ReactNode;
}) {
  return (
    <svg className="learn-illustration" role="img" aria-label={label} viewBox={viewBox}>
      <title>{label}</title>
      {children}
    </svg>
  );
}

/** A simple standing person: head, body, legs. (x, y) is the top of the head. */
export function Person({
  x,
  y,
  scale = 1,
  className,
}: {
  x: number;
  y: number;
  scale?: number;
  className?: string;
}) {
  return (
    <g className={className} transform={`translate(${x} ${y}) scale(${scale})`}>
      <circle className="ill-skin" cx={0} cy={8} r={8} />
      <path className="ill-body" d="M0 17 L-13 52 L13 52 Z" />
      <path className="ill-line" d="M-5 52 L-6 68 M5 52 L6 68 M-9 28 L-18 42 M9 28 L18 40" />
    </g>
  );
}
