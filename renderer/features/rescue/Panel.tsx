// One step of the rescue as a section whose heading takes focus when the step first appears, so keyboard
// and screen-reader users land on what just became available.
import { useEffect, useRef, type ReactNode } from 'react';

export function Panel({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  return (
    <section className="rescue-panel" aria-labelledby={id} data-testid={id}>
      <h2 id={id} ref={heading} tabIndex={-1}>
        {title}
      </h2>
      {children}
    </section>
  );
}
