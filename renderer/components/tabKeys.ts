import type { KeyboardEvent } from 'react';

/**
 * Arrow-key movement for a WAI-ARIA tab list (roving tabindex): Left/Right wrap around, Home/End jump to
 * the ends; the chosen tab is selected and focused. `tabDomId` names each tab's element id.
 */
export function moveTabByKey<T extends string>(
  event: KeyboardEvent,
  tabs: readonly T[],
  current: T,
  select: (tab: T) => void,
  tabDomId: (tab: T) => string,
): void {
  const index = tabs.indexOf(current);
  const next =
    event.key === 'ArrowRight'
      ? index + 1
      : event.key === 'ArrowLeft'
        ? index - 1
        : event.key === 'Home'
          ? 0
          : event.key === 'End'
            ? tabs.length - 1
            : null;
  if (next === null) return;
  event.preventDefault();
  const target = tabs[(next + tabs.length) % tabs.length]!;
  select(target);
  document.getElementById(tabDomId(target))?.focus();
}
