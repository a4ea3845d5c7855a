// Renders a content string with `{{id|text}}` markers as text plus <Term>s.
import { Fragment } from 'react';
import { parseTermMarkup } from './markup';
import { Term } from './Term';

export function GlossaryText({ text }: { text: string }) {
  return (
    <>
      {parseTermMarkup(text).map((segment, index) =>
        segment.kind === 'term' ? (
          <Term key={index} id={segment.id}>
            {segment.text}
          </Term>
        ) : (
          <Fragment key={index}>{segment.text}</Fragment>
        ),
      )}
    </>
  );
}
