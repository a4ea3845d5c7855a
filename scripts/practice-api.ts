// `npm run practice-api -- [--provider openai|alibaba|nebius] --port N [--fast] [--state FILE] [--admin]`: a practice
// service on loopback for anyone who wants to point a client (the SDK, curl) at it. Prints the base URL(s)
// and the key(s) to use. In memory unless --state is given. Default provider: openai.
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import writeFileAtomic from 'write-file-atomic';
import {
  DEFAULT_PRACTICE_KEY,
  JOB_DURATIONS,
  createPracticeService,
  listenPracticeService,
  type PracticePersistence,
} from '../electron/main/services/practice';
import {
  ALIBABA_DURATIONS,
  ALIBABA_PRACTICE_KEYS,
  alibabaPracticeHosts,
  createAlibabaPracticeService,
} from '../electron/main/services/practice/alibaba';
import {
  NEBIUS_DURATIONS,
  NEBIUS_PRACTICE_KEY,
  createNebiusPracticeService,
} from '../electron/main/services/practice/nebius';

const { values } = parseArgs({
  options: {
    provider: { type: 'string', default: 'openai' },
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

const PROVIDERS = ['openai', 'alibaba', 'nebius'] as const;
type PracticeProvider = (typeof PROVIDERS)[number];
const provider = values.provider as PracticeProvider;
if (!PROVIDERS.includes(provider)) {
  console.error(`--provider must be one of ${PROVIDERS.join(', ')} (got "${values.provider}")`);
  process.exit(2);
}

function filePersistence(path: string): PracticePersistence {
  return {
    load: () => (existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as unknown) : undefined),
    save: (state) => writeFileAtomic(path, JSON.stringify(state)),
  };
}

const persistence = values.state ? { persistence: filePersistence(values.state) } : {};
function createService() {
  const common = { adminRoutes: values.admin, ...persistence };
  switch (provider) {
    case 'alibaba':
      return createAlibabaPracticeService({
        durations: values.fast ? ALIBABA_DURATIONS.fast : ALIBABA_DURATIONS.app,
        ...common,
      });
    case 'nebius':
      return createNebiusPracticeService({
        durations: values.fast ? NEBIUS_DURATIONS.fast : NEBIUS_DURATIONS.app,
        ...common,
      });
    default:
      return createPracticeService({
        durations: values.fast ? JOB_DURATIONS.fast : JOB_DURATIONS.app,
        ...common,
      });
  }
}
const service = createService();
if (service.loadOutcome.kind === 'rejected') {
  console.error(`Ignoring unreadable state in ${values.state}: ${service.loadOutcome.reason}`);
}
const server = await listenPracticeService(service, { port });
if (provider === 'alibaba') {
  const hosts = alibabaPracticeHosts(`http://127.0.0.1:${server.port}`);
  console.log(`Practice Alibaba Model Studio listening on http://127.0.0.1:${server.port}`);
  console.log(
    `Singapore host ${hosts.singapore}  (native ${hosts.singapore}/api/v1, OpenAI-compatible ${hosts.singapore}/compatible-mode/v1)`,
  );
  console.log(`Singapore key  ${ALIBABA_PRACTICE_KEYS.singapore}`);
  console.log(
    `Beijing host   ${hosts.beijing}  (native ${hosts.beijing}/api/v1, OpenAI-compatible ${hosts.beijing}/compatible-mode/v1)`,
  );
  console.log(`Beijing key    ${ALIBABA_PRACTICE_KEYS.beijing}`);
} else if (provider === 'nebius') {
  console.log(`Practice Nebius Token Factory listening on ${server.url}`);
  console.log(`Custom models (LoRA serving) http://127.0.0.1:${server.port}/v0/models`);
  console.log(`Public model catalog http://127.0.0.1:${server.port}/api/public/models_info`);
  console.log(`Key ${NEBIUS_PRACTICE_KEY}`);
} else {
  console.log(`Practice API listening on ${server.url}`);
  console.log(`Key ${DEFAULT_PRACTICE_KEY}`);
}

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
