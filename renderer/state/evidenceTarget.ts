// Which project "Decide with evidence" opens with: set by Try's link (its current project) before the page
// switches. A tiny shared store because features never import each other (architecture §7).
import { create } from 'zustand';

interface EvidenceTargetState {
  projectId: string | null;
  projectChosen(projectId: string): void;
}

export const useEvidenceTarget = create<EvidenceTargetState>((set) => ({
  projectId: null,
  projectChosen: (projectId) => set({ projectId }),
}));
