// The handler table. Its type is `Handlers`, so a route in the contract without a handler here (or a
// handler for a route that is not in the contract) is a compile error.
import type { AppServices } from '../../services/app/AppServices';
import type { Handlers } from '../router';
import { appHandlers } from './app';
import { keyHandlers } from './keys';
import { providerHandlers } from './providers';
import { tryoutHandlers } from './tryout';
import { projectHandlers } from './projects';
import { exampleHandlers } from './examples';
import { trainingHandlers } from './training';
import { rescueHandlers } from './rescue';
import { deploymentHandlers } from './deployments';
import { weightHandlers } from './weights';
import { notesHandlers } from './notes';
import { evidenceHandlers } from './evidence';

export function createHandlers(services: AppServices): Handlers {
  return {
    ...appHandlers(services),
    ...keyHandlers(services),
    ...providerHandlers(services),
    ...tryoutHandlers(services),
    ...projectHandlers(services),
    ...exampleHandlers(services),
    ...trainingHandlers(services),
    ...rescueHandlers(services),
    ...deploymentHandlers(services),
    ...weightHandlers(services),
    ...notesHandlers(services),
    ...evidenceHandlers(services),
  };
}
