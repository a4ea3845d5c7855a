// `npm run practice-api -- --port N [--fast] [--state FILE] [--admin]`: the practice OpenAI service on
// loopback for anyone who wants to point a client (the SDK, curl) at it. In memory unless --state is given.
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import writeFileAtomic from 'write-file-atomic';
import {
  JOB_DURATIONS,
  createPracticeService,
  listenPracticeService,
  type PracticePersistence,
} from '../electron/main/services/practice';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '0' },
    fast: { type: 'boolean', default: false },
    state: { type: 'string' },
    admin: { type: 'boolean', default: false },
  },
});

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65_535) {
  console.error(`--port must be a whole number from 0 to 65535 (got "${values.port}")`);
  process.exit(2);
}

function filePersistence(path: string): PracticePersistence {
  return {
    load: () => (existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as unknown) : undefined),
    save: (state) => writeFileAtomic(path, JSON.stringify(state)),
  };
}

const service = createPracticeService({
  durations: values.fast ? JOB_DURATIONS.fast : JOB_DURATIONS.app,
  adminRoutes: values.admin,
  ...(values.state ? { persistence: filePersistence(values.state) } : {}),
});
if (service.loadOutcome.kind === 'rejected') {
  console.error(`Ignoring unreadable state in ${values.state}: ${service.loadOutcome.reason}`);
}
const server = await listenPracticeService(service, { port });
console.log(`Practice API listening on ${server.url}`);

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await server.close();
  await service.dispose();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
