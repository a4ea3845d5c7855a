// The evidence service's public door for the rest of main (handlers, AppServices).
export { EvidenceService, type EvidenceDeps } from './EvidenceService';
