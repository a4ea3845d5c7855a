// The error table: every SDK error class and OpenAI code → one ErrorCode, with the request id kept. The
// first half builds errors the way the SDK does from a response; the second half gets them for real from
// the practice service over HTTP, so the mapping is checked against the wire, not just our assumptions.
import OpenAI from 'openai';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { toIpcError } from '../../../electron/main/services/providers/errorMapping';
import { appError } from '../../../shared/ipc/errors';
import { startProviderHarness, trainingBytes, type ProviderHarness } from './helpers';

const sdkError = (status: number, error: Record<string, unknown>, headers: Record<string, string> = {}) =>
  OpenAI.APIError.generate(
    status,
    { error },
    undefined,
    new Headers({ 'x-request-id': 'req_abc123', ...headers }),
  );

describe('SDK error → ErrorCode', () => {
  it.each([
    [
      'invalid key',
      sdkError(401, { code: 'invalid_api_key', type: 'invalid_request_error' }),
      'general',
      'key_rejected',
    ],
    ['missing key', sdkError(401, { code: null }), 'general', 'key_rejected'],
    ['no fine-tuning access', sdkError(403, { code: null }), 'fine-tuning', 'no_fine_tuning_access'],
    [
      '403 elsewhere',
      sdkError(403, { code: 'unsupported_country_region_territory' }),
      'general',
      'permission_denied',
    ],
    [
      'quota',
      sdkError(429, { code: 'insufficient_quota', type: 'insufficient_quota' }),
      'general',
      'quota_exceeded',
    ],
    [
      'quota by type only',
      sdkError(429, { code: null, type: 'insufficient_quota' }),
      'general',
      'quota_exceeded',
    ],
    [
      'rate limit',
      sdkError(429, { code: 'rate_limit_exceeded', type: 'requests' }),
      'general',
      'rate_limited',
    ],
    ['model not found', sdkError(404, { code: 'model_not_found' }), 'general', 'model_not_found'],
    [
      'model not available to tune',
      sdkError(400, { code: 'model_not_available', param: 'model' }),
      'fine-tuning',
      'model_not_found',
    ],
    ['unknown file', sdkError(404, { param: 'id' }), 'general', 'not_found'],
    [
      'training file invalid',
      sdkError(400, { code: 'invalid_training_file', param: 'training_file' }),
      'fine-tuning',
      'file_invalid',
    ],
    ['too few examples', sdkError(400, { code: 'invalid_n_examples' }), 'fine-tuning', 'file_invalid'],
    ['file too large', sdkError(413, {}), 'general', 'file_invalid'],
    [
      'other bad request',
      sdkError(400, { code: 'invalid_value', param: 'suffix' }),
      'general',
      'request_rejected',
    ],
    ['request timeout status', sdkError(408, {}), 'general', 'timeout'],
    ['server error', sdkError(500, { type: 'server_error' }), 'general', 'server_error'],
    ['bad gateway', sdkError(502, {}), 'general', 'server_error'],
    ['overloaded', sdkError(503, {}), 'general', 'server_error'],
    ['conflict', sdkError(409, {}), 'general', 'server_error'],
  ] as const)('%s', (_name, error, topic, code) => {
    const mapped = toIpcError(error, topic);
    expect(mapped.code).toBe(code);
    expect(mapped.requestId).toBe('req_abc123');
  });

  it('maps connection failures: offline, timeout, cancelled', () => {
    expect(toIpcError(new OpenAI.APIConnectionError({ message: 'fetch failed' }))).toEqual({
      code: 'offline',
    });
    expect(toIpcError(new OpenAI.APIConnectionTimeoutError())).toEqual({ code: 'timeout' });
    expect(toIpcError(new OpenAI.APIUserAbortError())).toEqual({ code: 'cancelled' });
  });

  it('keeps our own AppErrors and hides anything else behind internal', () => {
    expect(toIpcError(appError('key_missing'))).toEqual({ code: 'key_missing' });
    expect(toIpcError(new Error('Incorrect API key provided: sk-abc…'))).toEqual({ code: 'internal' });
  });

  it('passes only small facts as params: the field that was wrong, the seconds to wait', () => {
    expect(toIpcError(sdkError(400, { code: 'invalid_value', param: 'suffix' })).params).toEqual({
      param: 'suffix',
    });
    expect(toIpcError(sdkError(429, { code: 'rate_limit_exceeded' }, { 'retry-after': '7' })).params).toEqual(
      { seconds: 7 },
    );
  });
});

describe('errors from the practice service over HTTP', () => {
  let h: ProviderHarness;
  beforeEach(async () => {
    h = await startProviderHarness({
      accounts: {
        'tunesmith-practice': {},
        'key-shut-out': { canFineTune: false },
        'key-no-credit': { quota: 'exhausted' },
      },
    });
  });
  afterEach(() => h.close());

  const codeOf = (p: Promise<unknown>) =>
    p.then(
      () => 'resolved',
      (e: { ipcError?: { code: string; requestId?: string } }) => e.ipcError,
    );

  it('a wrong key is key_rejected, with the request id', async () => {
    const error = await codeOf(h.provider({ apiKey: 'sk-wrong-0000000000000000' }).listModels());
    expect(error).toMatchObject({ code: 'key_rejected', requestId: expect.stringMatching(/^req_/) });
  });

  it('an account shut out of fine-tuning is no_fine_tuning_access', async () => {
    const p = h.provider({ apiKey: 'key-shut-out' });
    const file = await p.uploadTrainingFile('train.jsonl', trainingBytes());
    const error = await codeOf(
      p.createJob({ clientRef: 'r1', baseModel: 'gpt-4o-mini-2024-07-18', trainingFileId: file.id }),
    );
    expect(error).toMatchObject({ code: 'no_fine_tuning_access' });
  });

  it('no credit is quota_exceeded, asked once', async () => {
    const error = await codeOf(
      h
        .provider({ apiKey: 'key-no-credit' })
        .chat('gpt-4o-mini-2024-07-18', [{ role: 'user', content: 'hi' }]),
    );
    expect(error).toMatchObject({ code: 'quota_exceeded' });
    expect(h.service.faults.count('POST /chat/completions')).toBe(1);
  });

  it('an unknown or retired model is model_not_found', async () => {
    const error = await codeOf(
      h.provider().chat('ft:gpt-3.5-turbo-0125:personal::gone', [{ role: 'user', content: 'hi' }]),
    );
    expect(error).toMatchObject({ code: 'model_not_found', requestId: expect.stringMatching(/^req_/) });
  });

  it('a training file the provider does not know is file_invalid', async () => {
    const p = h.provider();
    const unknownFile = await codeOf(
      p.createJob({ clientRef: 'r2', baseModel: 'gpt-4o-mini-2024-07-18', trainingFileId: 'file-nope' }),
    );
    expect(unknownFile).toMatchObject({ code: 'file_invalid' });
  });
});
