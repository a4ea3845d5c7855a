import { create } from 'zustand';

export const ROUTES = ['learn', 'examples', 'train', 'try', 'settings'] as const;
/** `rescue` is a page without a rail entry: it is reached from its card on Learn and Train (issue 13). */
export type Route = (typeof ROUTES)[number] | 'rescue';

interface NavigationState {
  route: Route;
  navigated(route: Route): void;
}

export const useNavigation = create<NavigationState>((set) => ({
  route: 'learn',
  navigated: (route) => set({ route }),
}));
