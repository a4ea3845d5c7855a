// One screen's worth of truth about an account: can it train (and how sure we are), OpenAI's wind-down
// in plain words, the base models it can fine-tune with prices, limits and shutdown dates, and its own
// fine-tuned models with the days they have left.
import { useTranslation } from 'react-i18next';
import type { AccountReport } from '../../../shared/domain/providers/account';
import type { WindDownStatus } from '../../../shared/domain/providers/windDown';
import { VERDICT_REASON_TEXT, VERDICT_TEXT } from '../../i18n/keys';
import { formatDay } from './format';
import { BaseModelTable, FineTunedModelList } from './ModelTables';

function WindDown({ windDown }: { windDown: WindDownStatus }) {
  const { t, i18n } = useTranslation();
  const day = (d: string) => formatDay(d, i18n.language);
  return (
    <section className="wind-down" aria-labelledby="wind-down-heading" data-testid="wind-down">
      <h4 id="wind-down-heading">{t('accounts.windDown.title')}</h4>
      <ul>
        <li>{t('accounts.windDown.newAccounts', { date: day(windDown.closedToNewAccounts) })}</li>
        <li>{t('accounts.windDown.inactiveAccounts', { date: day(windDown.closedToInactiveAccounts) })}</li>
        <li>
          <strong>
            {windDown.daysUntilNoNewJobs > 0
              ? t('accounts.windDown.noNewJobs', {
                  date: day(windDown.noNewJobsFrom),
                  days: windDown.daysUntilNoNewJobs,
                })
              : t('accounts.windDown.noNewJobsPast', { date: day(windDown.noNewJobsFrom) })}
          </strong>
        </li>
        <li>
          {windDown.daysUntilModelsShutDown > 0
            ? t('accounts.windDown.modelsShutDown', {
                date: day(windDown.modelsShutDown),
                days: windDown.daysUntilModelsShutDown,
              })
            : t('accounts.windDown.modelsShutDownPast', { date: day(windDown.modelsShutDown) })}
        </li>
      </ul>
    </section>
  );
}

export function AccountReportView({ report }: { report: AccountReport }) {
  const { t, i18n } = useTranslation();
  const { availability } = report;
  const sinceDate = report.windDown ? formatDay(report.windDown.closedToNewAccounts, i18n.language) : '';
  const endDate = report.windDown ? formatDay(report.windDown.noNewJobsFrom, i18n.language) : '';
  return (
    <div className="account-report" data-testid={`account-report-${report.provider}`}>
      <div className={`verdict verdict-${availability.verdict}`} role="status" data-testid="training-verdict">
        <p className="verdict-headline">{t(VERDICT_TEXT[availability.verdict])}</p>
        <p>{t(VERDICT_REASON_TEXT[availability.reason], { since: sinceDate, date: endDate })}</p>
      </div>
      {report.windDown ? <WindDown windDown={report.windDown} /> : null}
      <BaseModelTable provider={report.provider} offers={report.baseModels} />
      <FineTunedModelList models={report.fineTunedModels} />
    </div>
  );
}
