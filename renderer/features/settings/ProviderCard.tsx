// One provider in the connect flow: what it is, its key (if it needs one), a test that asks the provider
// with the stored key, the answer (AccountReportView), and the switch that sends new work there.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KeyStatus } from '../../../shared/domain/keys';
import type { IpcError } from '../../../shared/ipc/errors';
import type { ProviderSummary } from '../../../shared/ipc/schemas/providers';
import { ErrorMessage } from '../../components/ErrorMessage';
import { ACCOUNT_PROVIDER_TEXT, DEPLOYMENT_TEXT, PROVIDER_BLURB_TEXT } from '../../i18n/keys';
import { AccountKeyForm } from './AccountKeyForm';
import { AccountReportView } from './AccountReportView';
import { testAccount, useAccounts, chooseForTraining } from './accountsStore';
import { OpenAIAccountFields } from './OpenAIAccountFields';
import { AlibabaAccountFields } from './AlibabaAccountFields';
import { NebiusAccountFields } from './NebiusAccountFields';
import { ServingBasesView } from './ServingBasesView';
import { TogetherAccountFields } from './TogetherAccountFields';

interface Props {
  summary: ProviderSummary;
  keyStatus: KeyStatus | undefined;
  encryptionAvailable: boolean;
}

export function ProviderCard({ summary, keyStatus, encryptionAvailable }: Props) {
  const { t } = useTranslation();
  const { id, capabilities, connected, active } = summary;
  const report = useAccounts((s) => s.reports[id]);
  const error = useAccounts((s) => s.errors[id]);
  const testing = useAccounts((s) => s.testing === id);
  const [useError, setUseError] = useState<IpcError | null>(null);
  const headingId = `provider-${id}-heading`;

  return (
    <article
      className={active ? 'provider-card active' : 'provider-card'}
      aria-labelledby={headingId}
      data-testid={`provider-${id}`}
    >
      <header className="row">
        <h3 id={headingId}>{t(ACCOUNT_PROVIDER_TEXT[id])}</h3>
        {active ? <span className="tag">{t('accounts.activeTag')}</span> : null}
        {!capabilities.available ? <span className="tag muted">{t('accounts.comingTag')}</span> : null}
      </header>
      <p>{t(PROVIDER_BLURB_TEXT[id])}</p>
      {id !== 'practice' ? (
        <p className="muted small">
          {t(
            DEPLOYMENT_TEXT[
              capabilities.deployment.step === 'none' ? 'none' : capabilities.deployment.billing
            ],
          )}
        </p>
      ) : null}

      {capabilities.available && capabilities.needsKey && id !== 'practice' ? (
        <>
          <AccountKeyForm
            provider={id}
            status={keyStatus}
            encryptionAvailable={encryptionAvailable}
            onSaved={() => void testAccount(id)}
          />
          {id === 'openai' ? (
            <OpenAIAccountFields onSaved={connected ? () => void testAccount(id) : undefined} />
          ) : null}
          {id === 'alibaba' ? (
            <AlibabaAccountFields
              summary={summary}
              onSaved={connected ? () => void testAccount(id) : undefined}
            />
          ) : null}
          {id === 'nebius' ? <NebiusAccountFields summary={summary} /> : null}
          {id === 'together' ? (
            <TogetherAccountFields
              summary={summary}
              onSaved={connected ? () => void testAccount(id) : undefined}
            />
          ) : null}
        </>
      ) : null}

      {capabilities.available ? (
        <div className="row">
          <button
            type="button"
            className={report ? '' : 'primary'}
            disabled={!connected || testing}
            onClick={() => void testAccount(id)}
          >
            {testing ? t('accounts.testing') : report ? t('accounts.testAgain') : t('accounts.test')}
          </button>
          {connected && !active && report && report.availability.verdict !== 'no' ? (
            <button type="button" onClick={() => void chooseForTraining(id).then(setUseError)}>
              {t('accounts.useForTraining')}
            </button>
          ) : null}
        </div>
      ) : null}
      {error ? <ErrorMessage error={error} /> : null}
      {useError ? <ErrorMessage error={useError} /> : null}
      {report ? <AccountReportView report={report} /> : null}
      {report?.servingBases ? <ServingBasesView bases={report.servingBases} /> : null}
    </article>
  );
}
