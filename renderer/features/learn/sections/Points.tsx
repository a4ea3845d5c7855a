// A list of titled points (benefits, risks, fits, analogies); text may carry glossary terms.
import { GlossaryText } from '../../../components/glossary';
import type { Point } from '../content';

export function Points({ items, className }: { items: Record<string, Point>; className?: string }) {
  return (
    <ul className={`learn-points ${className ?? ''}`}>
      {Object.entries(items).map(([id, point]) => (
        <li key={id} className="learn-point" data-point={id}>
          <strong className="learn-point__title">{point.title}</strong>{' '}
          <span className="learn-point__text">
            <GlossaryText text={point.text} />
          </span>
        </li>
      ))}
    </ul>
  );
}

export function Paragraph({ text }: { text: string }) {
  return (
    <p>
      <GlossaryText text={text} />
    </p>
  );
}
