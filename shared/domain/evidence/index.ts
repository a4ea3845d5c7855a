// Pure logic of "Decide with evidence" (issue 16 §5): figures per approach, the decision rule, the report.
export * from './types';
export * from './totals';
export * from './recommend';
export * from './report';
export * from './setupCost';
export * from './questions';
