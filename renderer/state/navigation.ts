import { create } from 'zustand';

export const ROUTES = ['learn', 'examples', 'train', 'try', 'settings'] as const;
/** `rescue` is a page without a rail entry: it is reached from its card on Learn and Train (issue 13). */
/** `evidence` (issue 16 §5) has none either: it is reached from Learn's recommendation and from Try. */
export type Route = (typeof ROUTES)[number] | 'rescue' | 'evidence';

interface NavigationState {
  route: Route;
  navigated(route: Route): void;
}

export const useNavigation = create<NavigationState>((set) => ({
  route: 'learn',
  navigated: (route) => set({ route }),
}));
