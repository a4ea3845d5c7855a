export { WeightsService, folderNameFor, readmeText, summarize } from './WeightsService';
export type { WeightsProgress, WeightsSaved, WeightsServiceDeps, WeightsSummary } from './WeightsService';
export type { RangeRead, RemoteWeightFile, TrainedWeights } from './types';
