// The Try service's public door for the rest of main (handlers, AppServices).
export { TryoutService, DEFAULT_FEW_SHOT, type TryoutDeps } from './TryoutService';
export { ConversationStore } from './conversations';
export { projectsDataSource, type ProjectsLike } from './projectsDataSource';
export type * from './ports';
