// Rescue (issue 13): pure pieces shared by main and the renderer.
export * from './types';
export * from './countdown';
export * from './reminderText';
export * from './switchOver';
