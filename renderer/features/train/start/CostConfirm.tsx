// Step 2: nothing has left the machine yet. The data was re-checked in main; here the user sees what the
// run will cost (with the formula), what one reply will cost afterwards against the base model, an
// optional budget cap, and why a start is blocked. "Start" first runs the provider's free content check
// and stops on flagged lines (flagged data gets a job refused), then uploads and creates the job.
// With no must-fix problems it still says what is left to look at, with a way back to Examples' checks
// (it used to say "passed the checks" beside 74 should-fix items), and in practice it says it is free.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ModerationAnswer, RunPlan, RunSettings } from '../../../../shared/domain/training/plan';
import type { TrainingRun } from '../../../../shared/domain/training/types';
import type { IpcError } from '../../../../shared/ipc/errors';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { useFocusIfLost } from '../../../components/focus';
import { request } from '../../../ipc/client';
import { requestExamplesTab } from '../../../state/examplesTab';
import { useNavigation } from '../../../state/navigation';
import { moneyText, priceBasisText } from '../../../components/money';
import { formatCount } from '../format';
import { BLOCK_TEXT, BLOCKING_ISSUE_TEXT, EPOCH_REASON_TEXT } from '../text';
import { BudgetCap } from './BudgetCap';
import { ConversionNotes } from './ConversionNotes';
import { ProviderQuote } from './ProviderQuote';
import { PROVIDER_CAPABILITIES } from '../../../../shared/domain/providers/capabilities';
import type { ProviderEstimateAnswer } from '../../../../shared/ipc/schemas/training';
import { trainingFormula } from './costFormula';

export interface CostConfirmProps {
  settings: RunSettings;
  onBack(): void;
  onStarted(run: TrainingRun): void;
}

export function CostConfirm({ settings, onBack, onStarted }: CostConfirmProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const navigated = useNavigation((s) => s.navigated);
  const [plan, setPlan] = useState<RunPlan | null>(null);
  const [error, setError] = useState<IpcError | null>(null);
  const [moderation, setModeration] = useState<ModerationAnswer | null>(null);
  const [busy, setBusy] = useState<'moderating' | 'starting' | null>(null);
  // Providers that quote prices themselves (Together): their quote comes first and must allow the run.
  const [quote, setQuote] = useState<ProviderEstimateAnswer | null>(null);
  // "Check my data and the cost" went away with the form: its heading takes focus (issue 20).
  const headingRef = useFocusIfLost<HTMLHeadingElement>();

  const replan = useCallback(async () => {
    const result = await request('training.plan', settings);
    if (result.ok) setPlan(result.data);
    else setError(result.error);
  }, [settings]);
  useEffect(() => void replan(), [replan]);

  const start = async () => {
    setError(null);
    setBusy('moderating');
    const checked = await request('training.moderate', { sourceId: settings.sourceId });
    if (!checked.ok) {
      setBusy(null);
      return setError(checked.error);
    }
    setModeration(checked.data);
    if (checked.data.flagged.length > 0) return setBusy(null);
    setBusy('starting');
    const started = await request('training.start', settings);
    setBusy(null);
    if (started.ok) onStarted(started.data);
    else setError(started.error);
  };

  if (!plan) {
    return (
      <section className="train-card" aria-busy="true">
        <p className="muted">{t('train.confirm.checking')}</p>
        {error ? <ErrorMessage error={error} /> : null}
      </section>
    );
  }

  const quotes = PROVIDER_CAPABILITIES[plan.provider].priceEstimation === 'provider-endpoint';
  const blocked =
    plan.blockedBy.length > 0 ||
    (moderation?.flagged.length ?? 0) > 0 ||
    (quotes && (quote === null || !quote.allowed));
  return (
    <section className="train-card" aria-labelledby="train-confirm-title" data-testid="train-confirm">
      <h2 id="train-confirm-title" ref={headingRef}>
        {t('train.confirm.title')}
      </h2>
      <p className="muted">{t('train.confirm.nothingSent')}</p>

      <h3>{t('train.confirm.dataTitle')}</h3>
      <p data-testid="train-data-summary">
        {t('train.confirm.dataSummary', {
          name: plan.sourceName,
          train: formatCount(plan.check.trainExamples, lang),
          validation: formatCount(plan.check.validationExamples, lang),
        })}
      </p>
      {plan.check.validationExamples > 0 ? (
        <p className="muted">{t('train.confirm.validationAttached')}</p>
      ) : null}
      {plan.check.toolExamples > 0 ? (
        <p>{t('train.confirm.toolExamples', { count: plan.check.toolExamples })}</p>
      ) : null}
      <ConversionNotes notes={plan.conversion} />
      {plan.check.errors > 0 ? (
        <div className="train-problems" role="alert" data-testid="train-data-errors">
          <p>{t('train.confirm.dataErrors', { count: plan.check.errors })}</p>
          <ul>
            {plan.check.blocking.map((issue, i) => {
              const text = BLOCKING_ISSUE_TEXT[issue.code];
              return (
                <li key={`${issue.code}-${i}`}>
                  {issue.line !== null ? t('train.confirm.atLine', { line: issue.line }) : null}
                  {text
                    ? `${t(text.title)}: ${t(text.what, issue.params ?? {})}`
                    : t('train.confirm.otherIssue')}
                </li>
              );
            })}
          </ul>
          <button type="button" onClick={() => navigated('examples')}>
            {t('train.confirm.fixOnExamples')}
          </button>
        </div>
      ) : plan.check.warnings > 0 ? (
        <div className="train-remaining" data-testid="train-data-remaining">
          <p>{t('train.confirm.dataRemaining', { count: plan.check.warnings })}</p>
          <button
            type="button"
            onClick={() => {
              requestExamplesTab('checks');
              navigated('examples');
            }}
          >
            {t('train.confirm.lookAtChecks')}
          </button>
        </div>
      ) : (
        <p className="ok-text" data-testid="train-data-remaining">
          {t('train.confirm.dataClean')}
        </p>
      )}

      <h3>{t('train.confirm.epochsTitle')}</h3>
      <p data-testid="train-epochs-reason">
        {plan.epochs.mode === 'auto' && plan.epochs.reason
          ? t('train.confirm.epochsAuto', {
              epochs: plan.epochs.epochs,
              reason: t(EPOCH_REASON_TEXT[plan.epochs.reason]),
            })
          : t('train.confirm.epochsSet', { epochs: plan.epochs.epochs })}
      </p>

      <h3>{t('train.confirm.costTitle')}</h3>
      <p className="train-cost" data-testid="train-cost">
        {t('train.confirm.cost', { usd: moneyText(plan.trainingCost, t, lang) })}
      </p>
      {plan.trainingCost.basis ? (
        <p className="formula" data-testid="train-formula">
          {t('train.confirm.formula', { formula: trainingFormula(plan.trainingCost.basis, t, lang) })}
        </p>
      ) : null}
      {plan.price ? (
        <p className="muted" data-testid="train-price-basis">
          {priceBasisText(plan.price, t)}
        </p>
      ) : null}
      {quotes ? <ProviderQuote settings={settings} plan={plan} onQuote={setQuote} /> : null}
      <p className="muted">{t('train.confirm.costNote')}</p>
      <p data-testid="train-reply-cost">
        {plan.reply.base
          ? t('train.confirm.replyCompare', {
              tuned: moneyText(plan.reply.tuned, t, lang),
              base: moneyText(plan.reply.base, t, lang),
              prompt: plan.reply.promptTokens,
              reply: plan.reply.replyTokens,
            })
          : t('train.confirm.replyOnly', {
              tuned: moneyText(plan.reply.tuned, t, lang),
              prompt: plan.reply.promptTokens,
              reply: plan.reply.replyTokens,
            })}
      </p>
      {plan.provider === 'practice' ? <p className="muted">{t('train.confirm.practiceFree')}</p> : null}

      <BudgetCap
        cap={plan.budget.cap}
        currency={plan.budget.currency}
        exceeded={plan.budget.exceeded}
        onSaved={() => void replan()}
      />

      {moderation && moderation.flagged.length > 0 ? (
        <div className="train-problems" role="alert" data-testid="train-flagged">
          <p>{t('train.confirm.flagged', { count: moderation.flagged.length })}</p>
          <ul>
            {moderation.flagged.map((f) => (
              <li key={`${f.part}-${f.position}`}>
                {t(f.part === 'train' ? 'train.confirm.flaggedTrain' : 'train.confirm.flaggedValidation', {
                  line: f.line ?? f.position,
                  categories: f.categories.join(', '),
                })}
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      {plan.blockedBy.length > 0 ? (
        <ul className="train-blocked" data-testid="train-blocked">
          {plan.blockedBy.map((b) => (
            <li key={b}>{t(BLOCK_TEXT[b])}</li>
          ))}
        </ul>
      ) : null}
      {error ? <ErrorMessage error={error} /> : null}
      <p className="muted">{t('train.confirm.contentCheckNote')}</p>
      <div className="actions">
        <button
          type="button"
          className="primary"
          disabled={blocked || busy !== null}
          onClick={() => void start()}
          data-testid="train-start"
        >
          {busy === 'moderating'
            ? t('train.confirm.moderating')
            : busy === 'starting'
              ? t('train.confirm.starting')
              : plan.provider === 'practice'
                ? t('train.confirm.startPractice')
                : t('train.confirm.start', { usd: moneyText(plan.trainingCost, t, lang) })}
        </button>
        <button type="button" onClick={onBack} disabled={busy !== null}>
          {t('train.confirm.change')}
        </button>
      </div>
    </section>
  );
}
