// The cost confirmation says what the provider's format changes in the examples, and a refused kind
// (tools on Alibaba) blocks the start with a reason.
import { render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { CostConfirm } from '../../../../renderer/features/train/start/CostConfirm';
import { createI18n } from '../../../../renderer/i18n';
import type { RunPlan } from '../../../../shared/domain/training/plan';
import { installFakeBridge } from '../shell/fakeBridge';
import { planWith } from './fixtures';

async function show(plan: RunPlan, language: 'en' | 'zh-CN' | 'zh-TW') {
  const i18n = await createI18n(language, false);
  installFakeBridge({ 'training.plan': () => plan });
  render(
    <I18nextProvider i18n={i18n}>
      <CostConfirm settings={plan.settings} onBack={() => undefined} onStarted={() => undefined} />
    </I18nextProvider>,
  );
  await screen.findByTestId('train-cost');
}

describe('ConversionNotes on the cost confirmation', () => {
  it('says names are left out and weight-0 replies trained, in 简体中文, without blocking', async () => {
    await show(
      planWith({
        provider: 'alibaba',
        conversion: [
          { code: 'name_removed', severity: 'warning', examples: 3 },
          { code: 'weight_zero_trained', severity: 'warning', examples: 1 },
        ],
      }),
      'zh-CN',
    );
    const notes = screen.getByTestId('train-conversion');
    expect(notes.getAttribute('role')).toBeNull();
    expect(notes.textContent).toContain('有 3 条示例标明了说话人的名字');
    expect(notes.textContent).toContain('有 1 条示例里有标为“不训练”的回答');
    expect(screen.getByTestId('train-start').hasAttribute('disabled')).toBe(false);
  });

  it('refuses tool examples with what to do, and the start stays blocked (繁體中文)', async () => {
    await show(
      planWith({
        provider: 'alibaba',
        conversion: [{ code: 'unsupported_role', severity: 'error', examples: 2 }],
        blockedBy: ['conversion_errors'],
      }),
      'zh-TW',
    );
    expect(screen.getByTestId('train-conversion').getAttribute('role')).toBe('alert');
    expect(screen.getByTestId('train-conversion').textContent).toContain(
      '有 2 筆範例使用工具（函式呼叫），這個服務商不能用它們訓練。請在「範例」頁面刪除它們',
    );
    expect(screen.getByTestId('train-blocked').textContent).toContain('有些範例無法依這個服務商的格式送出');
    expect(screen.getByTestId('train-start').hasAttribute('disabled')).toBe(true);
  });

  it('names the Together bases that can train on tools when the chosen one cannot (English)', async () => {
    await show(
      planWith({
        provider: 'together',
        conversion: [
          {
            code: 'tools_need_other_base',
            severity: 'error',
            examples: 2,
            bases: ['Qwen/Qwen3-8B', 'meta-llama/Llama-3.3-70B-Instruct'],
          },
        ],
        blockedBy: ['conversion_errors'],
      }),
      'en',
    );
    expect(screen.getByTestId('train-conversion').textContent).toContain(
      '2 examples use tools (function calling), which the chosen base model cannot train on. Pick a base model that can, or remove them on the Examples page. Base models that can: Qwen/Qwen3-8B and meta-llama/Llama-3.3-70B-Instruct.',
    );
    expect(screen.getByTestId('train-start').hasAttribute('disabled')).toBe(true);
  });

  it('says plainly when none of the service’s bases can train on tools (简体中文)', async () => {
    await show(
      planWith({
        provider: 'together',
        conversion: [{ code: 'tools_need_other_base', severity: 'error', examples: 1, bases: [] }],
        blockedBy: ['conversion_errors'],
      }),
      'zh-CN',
    );
    expect(screen.getByTestId('train-conversion').textContent).toContain('这个服务商没有任何基础模型可以。');
  });

  it('shows nothing for a format that changes nothing', async () => {
    await show(planWith(), 'en');
    expect(screen.queryByTestId('train-conversion')).toBeNull();
  });
});
