// Another page can ask the Examples page to open its workspace on one tab: Train's confirmation sends the
// user back to the Checks tab to look at what remains. The next workspace that opens reads it, then clears
// it (reading and clearing are separate so React's double-run of state initialisers reads it twice).
export type ExamplesTab = 'edit' | 'checks' | 'stats' | 'split';

let requested: ExamplesTab | null = null;

export function requestExamplesTab(tab: ExamplesTab | null): void {
  requested = tab;
}

export const requestedExamplesTab = (): ExamplesTab | null => requested;
