// Issue 17 point 6: the offline banner says what happens when the connection is back (training jobs are
// followed again by themselves; failed checks and uploads are retried with their buttons), not only
// "Tunesmith will continue".
import { render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { OfflineBanner } from '../../../../renderer/features/settings/ShellNotices';
import { createI18n } from '../../../../renderer/i18n';
import { installFakeBridge } from './fakeBridge';

describe('OfflineBanner', () => {
  it.each([
    ['en', 'resumes following your training jobs by itself', 'tried again with their buttons'],
    ['zh-TW', '自動繼續追蹤你的訓練工作', '用各自的按鈕重試'],
    ['zh-CN', '自动继续跟踪你的训练任务', '用各自的按钮重试'],
  ] as const)('says in %s what resumes by itself and what to retry', async (language, resumes, retry) => {
    document.body.innerHTML = '';
    const i18n = await createI18n(language, false);
    installFakeBridge({ 'network.status': () => ({ online: false }) });
    render(
      <I18nextProvider i18n={i18n}>
        <OfflineBanner />
      </I18nextProvider>,
    );
    const banner = await screen.findByTestId('offline-banner');
    expect(banner.textContent).toContain(resumes);
    expect(banner.textContent).toContain(retry);
  });
});
