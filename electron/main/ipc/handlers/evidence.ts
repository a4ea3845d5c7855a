// Decide with evidence: thin, the rules live in services/evidence.
import type { AppServices } from '../../services/app/AppServices';
import type { Handlers } from '../router';

type EvidenceRoutes = Extract<keyof Handlers, `evidence.${string}`>;

export function evidenceHandlers(s: AppServices): Pick<Handlers, EvidenceRoutes> {
  return {
    'evidence.open': ({ projectId }) => s.evidence.open(projectId),
    'evidence.run': ({ projectId }) => s.evidence.run(projectId),
    'evidence.start': (input) => s.evidence.start(input),
    'evidence.cancel': ({ projectId }) => s.evidence.cancel(projectId),
    'evidence.mark': (input) => s.evidence.mark(input),
    'evidence.export': ({ projectId, format, text }) => s.evidence.exportReport(projectId, format, text),
  };
}
