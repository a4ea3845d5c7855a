// Puts a practice service on a loopback port (tests, `npm run practice-api`). A "drop" fault really
// destroys the socket here, so clients see the same connection error as with a dead network.
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { PracticeService } from './PracticeService';

export interface PracticeServer {
  /** Base URL including `/v1`, e.g. `http://127.0.0.1:41234/v1`. */
  url: string;
  port: number;
  close(): Promise<void>;
}

export function listenPracticeService(
  service: Pick<PracticeService, 'handle'>,
  options: { port?: number; hostname?: string } = {},
): Promise<PracticeServer> {
  const hostname = options.hostname ?? '127.0.0.1';
  return new Promise((resolve, reject) => {
    const server = serve(
      {
        port: options.port ?? 0,
        hostname,
        fetch: (request, env) =>
          service.handle(request, {
            dropConnection: () => {
              if ('socket' in env.incoming) env.incoming.socket.destroy();
            },
          }),
      },
      (info: AddressInfo) => {
        resolve({
          url: `http://${hostname}:${info.port}/v1`,
          port: info.port,
          close: () =>
            new Promise<void>((done) => {
              if ('closeAllConnections' in server) server.closeAllConnections();
              server.close(() => done());
            }),
        });
      },
    );
    server.once('error', reject);
  });
}
