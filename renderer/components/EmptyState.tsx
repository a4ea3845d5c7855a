import type { ReactNode } from 'react';

interface EmptyStateProps {
  title: string;
  body: string;
  illustration?: ReactNode;
  action?: ReactNode;
}

/** Every page's first impression when it has nothing yet: what this place is for and the next step. */
export function EmptyState({ title, body, illustration, action }: EmptyStateProps) {
  return (
    <section className="empty-state" aria-label={title}>
      {illustration}
      <h2>{title}</h2>
      <p>{body}</p>
      {action}
    </section>
  );
}
