// The one contract between renderer and main. Adding a request touches a schema file, one handler and
// its caller; never the preload. Every key here gets exactly one handler (electron/main/ipc/handlers),
// enforced by the type of the handler table.
import type { z } from 'zod';
import { appRoutes } from './schemas/app';
import { keyRoutes } from './schemas/keys';
import { providerRoutes } from './schemas/providers';
import { tryoutRoutes } from './schemas/tryout';
import { projectRoutes } from './schemas/projects';
import { exampleRoutes } from './schemas/examples';
import { trainingRoutes } from './schemas/training';
import { rescueRoutes } from './schemas/rescue';
import { deploymentRoutes } from './schemas/deployments';
import { weightRoutes } from './schemas/weights';
import { notesRoutes } from './schemas/notes';
import { evidenceRoutes } from './schemas/evidence';
import type { RouteSpec } from './define';

export const contract = {
  ...appRoutes,
  ...keyRoutes,
  ...providerRoutes,
  ...tryoutRoutes,
  ...projectRoutes,
  ...exampleRoutes,
  ...trainingRoutes,
  ...rescueRoutes,
  ...deploymentRoutes,
  ...weightRoutes,
  ...notesRoutes,
  ...evidenceRoutes,
} as const;

export type Contract = typeof contract;
export type RouteName = keyof Contract;
type SpecOf<R extends RouteName> =
  Contract[R] extends RouteSpec<infer I, infer O> ? { input: I; output: O } : never;
/** What the renderer sends (before parsing). */
export type RouteInput<R extends RouteName> = z.input<SpecOf<R>['input']>;
/** What a handler receives (after parsing). */
export type ParsedInput<R extends RouteName> = z.output<SpecOf<R>['input']>;
export type RouteOutput<R extends RouteName> = SpecOf<R>['output'];

export const ROUTE_NAMES = Object.keys(contract) as RouteName[];
export { channelOf, EVENT_CHANNEL } from './channels';
