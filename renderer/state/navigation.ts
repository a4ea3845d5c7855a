import { create } from 'zustand';

export const ROUTES = ['learn', 'examples', 'train', 'try', 'settings', 'rescue'] as const;
export type Route = (typeof ROUTES)[number];

interface NavigationState {
  route: Route;
  navigated(route: Route): void;
}

export const useNavigation = create<NavigationState>((set) => ({
  route: 'learn',
  navigated: (route) => set({ route }),
}));
