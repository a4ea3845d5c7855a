// The evidence feature's only public door (issue 16 §5).
export { EvidencePage } from './EvidencePage';
