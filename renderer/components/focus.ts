// Keeping keyboard focus where the user is (WCAG 2.4.3). When the control a user pressed is removed or
// disabled (a form replaced by its next step, a prompt that goes away), the browser drops focus to <body>
// and the next Tab starts again at the top of the page. These helpers move focus to the heading of what
// replaced it, and only when focus was actually lost, so a mouse user or a screen reader reading
// elsewhere is never pulled away.
import { useCallback } from 'react';

/** True when nothing on the page has focus any more (the focused control went away). */
export function focusIsLost(): boolean {
  const active = document.activeElement;
  return !active || active === document.body || active === document.documentElement;
}

/** Focuses `el`; a heading is made focusable by script only (tabindex -1), never a Tab stop. */
export function focusElement(el: HTMLElement | null): void {
  if (!el) return;
  if (!el.matches('a[href], button, input, select, textarea, [tabindex]')) el.tabIndex = -1;
  el.focus();
}

/**
 * A ref callback for the heading of a panel that replaces the pressed button: when the heading appears
 * and focus was lost, the heading takes it (a screen reader reads where the user now is).
 */
export function useFocusIfLost<T extends HTMLElement>(): (el: T | null) => void {
  return useCallback((el: T | null) => {
    if (el && focusIsLost()) focusElement(el);
  }, []);
}

/**
 * After the shell removes what had focus (the first-run prompt), focus the page's own h1 (or the
 * element `selector` finds) once it is there; a page still loading (lazy) is waited for a few frames.
 */
export function focusPageHeading(selector = '#main h1', framesLeft = 120): void {
  requestAnimationFrame(() => {
    const heading = document.querySelector<HTMLElement>(selector);
    if (heading && heading.isConnected && !heading.closest('[aria-busy="true"]')) {
      if (focusIsLost()) focusElement(heading);
    } else if (framesLeft > 0) focusPageHeading(selector, framesLeft - 1);
  });
}
