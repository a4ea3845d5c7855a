// Before a test run: how many questions it asks and what it will cost, with the basis one click away.
// Main counts and prices (tryout.testEstimate); this words it. Asked again whenever the set-ups change.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TestSetEstimate } from '../../../shared/domain/tryout/estimate';
import type { Setup } from '../../../shared/domain/tryout/types';
import { request } from '../../ipc/client';
import { useModelLabel } from './modelLabel';
import { formatCount, formatMoney } from './money';

export function TestEstimate({
  projectId,
  setups,
  judged,
}: {
  projectId: string;
  setups: Setup[];
  judged: boolean;
}) {
  const { t, i18n } = useTranslation();
  const modelName = useModelLabel();
  const [estimate, setEstimate] = useState<TestSetEstimate | null>(null);

  useEffect(() => {
    let current = true;
    void request('tryout.testEstimate', { projectId, setups }).then((r) => {
      if (current) setEstimate(r.ok ? r.data : null);
    });
    return () => {
      current = false;
    };
  }, [projectId, setups]);

  if (!estimate || estimate.questions === 0) return null;
  const lang = i18n.language;
  const count = (n: number) => formatCount(n, lang);
  const perMillion = (price: number | null, currency: TestSetEstimate['currency']) =>
    price === null ? '–' : formatMoney(price, currency, lang);
  const numbers = {
    questions: count(estimate.questions),
    setups: count(estimate.setups.length),
    calls: count(estimate.calls),
  };
  return (
    <div className="estimate" data-testid="test-estimate">
      <p data-testid="test-estimate-summary" data-total={estimate.total ?? ''}>
        {estimate.total === null
          ? t('try.estimate.summaryNoCost', numbers)
          : t('try.estimate.summary', {
              ...numbers,
              cost: formatMoney(estimate.total, estimate.currency, lang),
            })}
      </p>
      <details>
        <summary>{t('try.estimate.basis')}</summary>
        <ul>
          {estimate.setups.map((s) => {
            const name = `${s.setupId.toUpperCase()} · ${modelName(setups.find((x) => x.id === s.setupId)?.model ?? '')}`;
            return (
              <li key={s.setupId} data-setup={s.setupId} data-cost={s.cost ?? ''}>
                {s.cost === null || !s.price
                  ? t('try.estimate.setupNoPrice', {
                      name,
                      prompt: count(s.promptTokens),
                      reply: count(s.replyTokens),
                    })
                  : t('try.estimate.setupLine', {
                      name,
                      prompt: count(s.promptTokens),
                      reply: count(s.replyTokens),
                      inPrice: perMillion(s.price.inputPer1M, s.currency),
                      outPrice: perMillion(s.price.outputPer1M, s.currency),
                      cost: formatMoney(s.cost, s.currency, lang),
                      model: s.price.model,
                      date: s.price.checkedOn,
                    })}
                {s.notes ? (
                  <p data-testid="estimate-notes">
                    {s.notes.passages === 0
                      ? t('notes.estimateNone', { name })
                      : t('notes.estimateLine', {
                          name,
                          passages: count(s.notes.passages),
                          tokens: count(s.notes.tokensPerQuestion),
                          mean: count(s.notes.meanPassageTokens),
                        })}
                  </p>
                ) : null}
              </li>
            );
          })}
        </ul>
        <p>{t('try.estimate.assumption')}</p>
        {judged ? <p>{t('try.estimate.judgeExtra')}</p> : null}
      </details>
    </div>
  );
}
