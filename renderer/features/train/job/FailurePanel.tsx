// A failure as what to do next, in the user's language, with the provider's own words underneath: never
// a raw error alone. The billing page opens through the allowlisted links.open route.
import { useTranslation } from 'react-i18next';
import type { Failure } from '../../../../shared/domain/training/nextStep';
import { ErrorMessage } from '../../../components/ErrorMessage';
import type { IpcError } from '../../../../shared/ipc/errors';
import { request } from '../../../ipc/client';
import { useNavigation } from '../../../state/navigation';
import { NEXT_STEP_TEXT } from '../text';

export function FailurePanel({ failure, startError }: { failure: Failure; startError: IpcError | null }) {
  const { t } = useTranslation();
  const navigated = useNavigation((s) => s.navigated);
  const next = failure.next;
  const params =
    next.kind === 'add_examples'
      ? { more: next.more, have: next.have, need: next.need }
      : next.kind === 'remove_flagged'
        ? { lines: next.lines.join(', ') || '—', categories: next.categories.join(', ') || '—' }
        : next.kind === 'fix_example'
          ? { example: next.example ?? '—', message: next.message ?? '—', detail: next.detail }
          : {};
  return (
    <section
      className="train-failure"
      role="alert"
      data-testid="train-failure"
      aria-labelledby="train-failure-title"
    >
      <h3 id="train-failure-title">{t('train.failure.title')}</h3>
      <p className="next-step" data-testid="train-next-step">
        {t(NEXT_STEP_TEXT[next.kind], params)}
      </p>
      {next.kind === 'billing' ? (
        <button type="button" onClick={() => void request('links.open', { url: next.url })}>
          {t('train.failure.openBilling')}
        </button>
      ) : null}
      {next.kind === 'add_examples' || next.kind === 'remove_flagged' || next.kind === 'fix_example' ? (
        <button type="button" onClick={() => navigated('examples')}>
          {t('train.failure.openExamples')}
        </button>
      ) : null}
      {next.kind === 'check_key' ? (
        <button type="button" onClick={() => navigated('settings')}>
          {t('train.failure.openSettings')}
        </button>
      ) : null}
      {failure.providerMessage ? (
        <p className="provider-words">
          {t('train.failure.providerSaid')} <q lang="en">{failure.providerMessage}</q>
        </p>
      ) : null}
      {startError ? <ErrorMessage error={startError} /> : null}
    </section>
  );
}
