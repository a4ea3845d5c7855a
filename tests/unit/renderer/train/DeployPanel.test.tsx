// The Train job view's "Deploy to chat": per-token billing says so in all three languages (nothing is
// charged while idle), with how long it usually takes; a per-hour quote names the hourly price instead.
import { render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { beforeEach, describe, expect, it } from 'vitest';
import { DeployPanel } from '../../../../renderer/features/train/job/DeployPanel';
import { useDeployments } from '../../../../renderer/state/deployments';
import { createI18n } from '../../../../renderer/i18n';
import { installFakeBridge } from '../shell/fakeBridge';
import { runWith } from './fixtures';

const MODEL = 'qwen3-14b-tea-ft-202612051700-09b2';
const run = runWith({ provider: 'alibaba' }, 'succeeded');

beforeEach(() => useDeployments.setState({ deployments: [] }));

describe('DeployPanel', () => {
  for (const [language, button, time, price] of [
    [
      'en',
      'Deploy to chat (billed per token, nothing while idle)',
      'Usually ready in 5–10 minutes.',
      'Per million tokens: input CN¥0.60, output CN¥4.80 (prices checked on 2026-12-05).',
    ],
    [
      'zh-CN',
      '部署后对话（按 token 计费，闲置不收费）',
      '通常 5–10 分钟后可用。',
      '每百万 token：输入 ¥0.60，输出 ¥4.80（价格核对于 2026-12-05）。',
    ],
    [
      'zh-TW',
      '部署後對話（按 token 計費，閒置不收費）',
      '通常 5–10 分鐘後可用。',
      '每百萬 token：輸入 CN¥0.60，輸出 CN¥4.80（價格核對於 2026-12-05）。',
    ],
  ] as const)
    it(`says per-token deployments cost nothing while idle (${language})`, async () => {
      const i18n = await createI18n(language, false);
      installFakeBridge({
        'deployments.list': () => [],
        'deployments.quote': () => ({
          billing: { kind: 'per-token' },
          typicalMinutes: { min: 5, max: 10 },
          tokenPrice: { inputPer1M: 0.6, outputPer1M: 4.8, currency: 'CNY', checkedOn: '2026-12-05' },
        }),
      });
      render(
        <I18nextProvider i18n={i18n}>
          <DeployPanel run={run} model={MODEL} />
        </I18nextProvider>,
      );
      expect((await screen.findByTestId('deploy-button')).textContent).toBe(button);
      expect(screen.getByTestId('deploy-panel').textContent).toContain(time);
      expect(screen.getByTestId('deploy-token-price').textContent).toBe(price);
    });

  it('names the hourly price, in its currency, for a per-hour deployment', async () => {
    const i18n = await createI18n('en', false);
    installFakeBridge({
      'deployments.list': () => [],
      'deployments.quote': () => ({
        billing: { kind: 'per-hour', perHour: 3.2, currency: 'USD' },
        typicalMinutes: { min: 1, max: 15 },
      }),
    });
    render(
      <I18nextProvider i18n={i18n}>
        <DeployPanel run={{ ...run, provider: 'together' }} model={MODEL} />
      </I18nextProvider>,
    );
    expect((await screen.findByTestId('deploy-button')).textContent).toBe(
      'Deploy to chat (billed per hour: $3.20 an hour)',
    );
  });
});
