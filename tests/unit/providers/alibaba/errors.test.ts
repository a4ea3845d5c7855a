// Every DashScope error the adapter can meet, native or compatible-mode (OpenAI-shaped), becomes one app
// error code that the renderer words as one sentence and one next step in en, zh-TW and zh-CN. Each
// compatible-mode error is produced by the Alibaba practice service (fault injection) and read over loopback.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { i18n as I18n } from 'i18next';
import {
  COMPAT_ERRORS,
  compatFault,
  type CompatErrorName,
} from '../../../../electron/main/services/practice/alibaba';
import { createI18n } from '../../../../renderer/i18n';
import { ERROR_TEXT } from '../../../../renderer/i18n/keys';
import type { ErrorCode, IpcError } from '../../../../shared/ipc/errors';
import { startAlibabaHarness, type AlibabaHarness } from '../../practice/alibaba/harness';
import { adapterFor, trainingJsonl } from './helpers';

let h: AlibabaHarness;
afterEach(async () => h?.close());

const SG_TOP_UP = 'https://usercenter2-intl.aliyun.com/billing';
const SG_CONSOLE = 'https://modelstudio.console.alibabacloud.com/?tab=playground#/api-key';

/** What each compatible-mode error must become (Alibaba's insufficient_quota is a per-minute limit). */
const EXPECTED: Record<CompatErrorName, Omit<IpcError, 'requestId'>> = {
  invalid_api_key: { code: 'key_rejected' },
  Arrearage: { code: 'billing_arrears', params: { url: SG_TOP_UP } },
  data_inspection_failed: { code: 'content_blocked' },
  model_not_found: { code: 'model_not_found' },
  limit_requests: { code: 'rate_limited', params: { seconds: 7 } },
  insufficient_quota: { code: 'rate_limited' },
  free_tier_only: { code: 'free_tier_used_up', params: { url: SG_CONSOLE } },
  access_denied: { code: 'permission_denied' },
  invalid_parameter_error: { code: 'request_rejected' },
  internal_error: { code: 'server_error' },
};

describe('Alibaba compatible-mode errors over loopback', () => {
  it('lists every error the practice service can produce', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(Object.keys(COMPAT_ERRORS).sort());
  });

  it.each(Object.keys(COMPAT_ERRORS) as CompatErrorName[])(
    'chat answered with %s maps to its app code',
    async (name) => {
      h = await startAlibabaHarness();
      const adapter = adapterFor(h, { region: 'singapore' });
      const rule = h.service.faults.inject({
        route: 'POST /compatible-mode/v1/chat/completions',
        action: compatFault(name),
      });
      const failure = await adapter
        .chat('qwen3-14b', [{ role: 'user', content: '今天有蛋糕吗？' }])
        .then(() => null)
        .catch((error: unknown) => error);
      expect(rule.hits).toBeGreaterThan(0);
      const ipc = (failure as { ipcError?: IpcError } | null)?.ipcError;
      expect(ipc).toEqual(EXPECTED[name]);
    },
  );

  it('a file upload refused by the content check is content_blocked too', async () => {
    h = await startAlibabaHarness();
    const adapter = adapterFor(h, { region: 'singapore' });
    h.service.faults.inject({
      route: 'POST /compatible-mode/v1/files',
      action: compatFault('data_inspection_failed'),
    });
    await expect(adapter.uploadTrainingFile('train.jsonl', trainingJsonl())).rejects.toMatchObject({
      ipcError: { code: 'content_blocked' },
    });
  });

  it('the native API’s spelling of the same refusal maps the same way', async () => {
    h = await startAlibabaHarness();
    const adapter = adapterFor(h, { region: 'singapore' });
    const file = await adapter.uploadTrainingFile('train.jsonl', trainingJsonl());
    h.service.faults.inject({
      route: 'POST /api/v1/fine-tunes',
      action: {
        kind: 'status',
        status: 400,
        body: {
          request_id: 'native-1',
          code: 'DataInspectionFailed',
          message: 'Input data may contain inappropriate content.',
        },
      },
    });
    await expect(
      adapter.createJob({ clientRef: 'run_flagged', baseModel: 'qwen3-14b', trainingFileId: file.id }),
    ).rejects.toMatchObject({ ipcError: { code: 'content_blocked' } });
  });
});

describe('the words for each Alibaba error', () => {
  const languages = ['en', 'zh-TW', 'zh-CN'] as const;
  const i18n: Partial<Record<(typeof languages)[number], I18n>> = {};
  beforeAll(async () => {
    for (const language of languages) i18n[language] = await createI18n(language, false);
  });

  const codes = [...new Set(Object.values(EXPECTED).map((e) => e.code))] as ErrorCode[];
  it.each(languages)('%s: one plain sentence and one next step for every mapped code', (language) => {
    for (const code of codes) {
      const expected = Object.values(EXPECTED).find((e) => e.code === code)!;
      const text = i18n[language]!.t(ERROR_TEXT[code], { seconds: 7, ...expected.params });
      expect(text, code).not.toBe(ERROR_TEXT[code]);
      expect(text, code).not.toMatch(/\{\{/);
      // At least two sentences: what happened, then what to do.
      expect(
        text.split(/[.。]\s*/).filter((s) => s.trim() !== '').length,
        `${language} ${code}`,
      ).toBeGreaterThanOrEqual(2);
      if (expected.params?.url) expect(text).toContain(String(expected.params.url));
    }
  });
});
