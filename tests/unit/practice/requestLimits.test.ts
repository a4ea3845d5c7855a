// The practice API reads a JSON body only up to MAX_JSON_BODY_BYTES: it used to read any body whole into
// memory. Refused with 413 at the first byte past the limit, whether or not the client declared a length.
import { afterAll, describe, expect, it } from 'vitest';
import { createManualClock, createPracticeService } from '../../../electron/main/services/practice';
import { MAX_JSON_BODY_BYTES } from '../../../electron/main/services/practice/context';

const service = createPracticeService({ clock: createManualClock() });
afterAll(() => service.dispose());

const headers = { authorization: 'Bearer tunesmith-practice', 'content-type': 'application/json' };

describe('practice API request bodies', () => {
  it('refuses a JSON body streamed without a length once it passes the limit, without reading the rest', async () => {
    const chunk = new Uint8Array(1024 * 1024).fill(0x20);
    const total = MAX_JSON_BODY_BYTES * 4;
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (pulled >= total) return controller.close();
        pulled += chunk.byteLength;
        controller.enqueue(chunk);
      },
    });
    const response = await service.handle(
      new Request('http://practice/v1/chat/completions', {
        method: 'POST',
        headers,
        body,
        duplex: 'half',
      } as RequestInit),
    );
    expect(response.status).toBe(413);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('request_too_large');
    expect(pulled).toBeLessThan(MAX_JSON_BODY_BYTES + 4 * chunk.byteLength);
  });

  it('refuses a declared length over the limit before reading, and still answers normal requests', async () => {
    const response = await service.handle(
      new Request('http://practice/v1/chat/completions', {
        method: 'POST',
        headers: { ...headers, 'content-length': String(MAX_JSON_BODY_BYTES + 1) },
        body: '{}',
      }),
    );
    expect(response.status).toBe(413);
    const ok = await service.handle(
      new Request('http://practice/v1/chat/completions', {
        method: 'POST',
        headers,
        body: JSON.stringify({
          model: 'gpt-4.1-mini-2025-04-14',
          messages: [{ role: 'user', content: 'Hi' }],
        }),
      }),
    );
    expect(ok.status).toBe(200);
  });
});
