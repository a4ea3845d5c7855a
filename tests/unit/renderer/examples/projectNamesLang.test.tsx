// Project names are the user's own text: one written in another language than the UI carries its own
// `lang`, so a screen reader reads it with the right voice (issue 20, point 5), in the project list and in
// Try's project picker.
import { render, screen, waitFor } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { ProjectList } from '../../../../renderer/features/examples/projects/ProjectList';
import { createI18n } from '../../../../renderer/i18n';
import { installFakeBridge } from '../shell/fakeBridge';
import { metaOf } from './helpers';

const summary = (id: string, name: string) => ({ ...metaOf(3), id, name });

describe('project names carry their own language', () => {
  it('marks an English name in the Traditional Chinese UI, and leaves a Traditional one alone', async () => {
    installFakeBridge({
      'projects.list': () => [summary('p1', 'Tea shop replies'), summary('p2', '茶行客服回覆')],
      'examples.samples': () => [],
    });
    const i18n = await createI18n('zh-TW', false);
    render(
      <I18nextProvider i18n={i18n}>
        <ProjectList />
      </I18nextProvider>,
    );
    await waitFor(() => expect(screen.getByText('Tea shop replies')).toBeTruthy());
    expect(screen.getByText('Tea shop replies').getAttribute('lang')).toBe('en');
    expect(screen.getByText('茶行客服回覆').hasAttribute('lang')).toBe(false);
  });
});
