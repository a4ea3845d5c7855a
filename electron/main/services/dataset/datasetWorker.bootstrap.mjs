// Starts the TypeScript worker from source (tests, tsx, dev). tsx's loader is registered inside this
// worker thread first, because loaders registered in the parent do not reach worker threads.
// Bundled builds point the client at the compiled datasetWorker.js instead (see README.md).
import { register } from 'tsx/esm/api';

register();
await import('./datasetWorker.ts');
