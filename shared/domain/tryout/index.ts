// Pure logic of the Try page (issue 7): measures, totals, prompts, blind A/B, judge reading, reports.
export * from './types';
export * from './metrics';
export * from './figures';
export * from './fewShot';
export * from './blind';
export * from './judge';
export * from './totals';
export * from './report';
