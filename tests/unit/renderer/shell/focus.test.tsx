import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { useFocusIfLost } from '../../../../renderer/components/focus';

function Next() {
  const ref = useFocusIfLost<HTMLHeadingElement>();
  return <h2 ref={ref}>Check before you start</h2>;
}

/** A step whose button is replaced by the next step's panel, with another field beside it. */
function Steps() {
  const [step, setStep] = useState(1);
  return (
    <div>
      <input aria-label="Elsewhere" />
      {step === 1 ? (
        <button type="button" onClick={() => setStep(2)}>
          Check my data
        </button>
      ) : (
        <Next />
      )}
    </div>
  );
}

describe('useFocusIfLost (issue 20)', () => {
  it('gives focus to the new heading when the pressed button went away', () => {
    render(<Steps />);
    const button = screen.getByRole('button', { name: 'Check my data' });
    button.focus();
    fireEvent.click(button);
    const heading = screen.getByRole('heading', { name: 'Check before you start' });
    expect(document.activeElement).toBe(heading);
    expect(heading.getAttribute('tabindex')).toBe('-1'); // focusable by script, not a Tab stop
  });

  it('leaves focus alone when the user is somewhere else', () => {
    render(<Steps />);
    const elsewhere = screen.getByRole('textbox', { name: 'Elsewhere' });
    elsewhere.focus();
    fireEvent.click(screen.getByRole('button', { name: 'Check my data' }));
    expect(document.activeElement).toBe(elsewhere);
    expect(screen.getByRole('heading').hasAttribute('tabindex')).toBe(false);
  });
});
