// `npm run check-data`: runs the headless data check from JavaScript built ahead of time (dist-cli/),
// building it first when a source changed (see buildCli.mjs). The check itself is scripts/check-data.ts.
import { ensureCliBuilt } from './buildCli.mjs';

await ensureCliBuilt();
await import('../dist-cli/check-data.js');
