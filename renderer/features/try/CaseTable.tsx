// Each held-out example: the question, the expected answer beside every set-up's reply, the automatic
// measures, the judge's verdict with how it was read, the notes a "base model + notes" reply was given
// (with their sources), and a way to correct a bad reply in place.
import { useTranslation } from 'react-i18next';
import { langFor } from '../../components/textLang';
import type { CaseResult } from '../../../shared/domain/tryout/types';
import type { TestRunView } from '../../../shared/ipc/schemas/tryout';
import { SafeMarkdown } from '../../components/SafeMarkdown';
import { ERROR_TEXT, JUDGE_READ_TEXT } from '../../i18n/keys';
import { NotesUsedList } from '../notes';
import { CorrectionForm } from './CorrectionForm';
import { useModelLabel } from './modelLabel';
import { setupLabel } from './reportText';

function Measures({ result }: { result: CaseResult }) {
  const { t } = useTranslation();
  const yesNo = (v: boolean) => (v ? t('try.test.yes') : t('try.test.no'));
  if (!result.scores) return null;
  return (
    <ul className="measures">
      <li>
        {t('try.test.exact')}: {yesNo(result.scores.exact)}
      </li>
      {result.scores.validJson !== null ? (
        <li>
          {t('try.test.validJson')}: {yesNo(result.scores.validJson)}
        </li>
      ) : null}
      <li>
        {t('try.test.similarity')}: {result.scores.similarity.toFixed(3)}
      </li>
      {result.judge ? (
        <li>
          <details>
            <summary>
              {t('try.test.judgeScore')}: {result.judge.score ?? '–'}
            </summary>
            <p>{t(JUDGE_READ_TEXT[result.judge.readAs])}</p>
            {result.judge.reason ? <p>{result.judge.reason}</p> : null}
            <p className="muted">{t('try.test.judgeRaw')}</p>
            <p className="plain">{result.judge.raw}</p>
          </details>
        </li>
      ) : null}
    </ul>
  );
}

export function CaseTable({ run }: { run: TestRunView }) {
  const { t, i18n } = useTranslation();
  const modelName = useModelLabel();
  return (
    <details className="cases" open>
      <summary>{t('try.test.examples')}</summary>
      {run.cases.map((c) => (
        <article key={c.index} className="case" data-testid="case">
          <h2>
            {t('try.test.example')} {c.index + 1}
          </h2>
          <p className="plain">
            <strong>{t('try.test.question')}: </strong>
            <span lang={langFor(c.question, i18n.language)}>{c.question}</span>
          </p>
          <div className="case-grid">
            <div className="expected">
              <h3>{t('try.test.expected')}</h3>
              <SafeMarkdown text={c.expected} />
            </div>
            {run.setups.map((setup) => {
              const result = run.results.find((r) => r.caseIndex === c.index && r.setupId === setup.id);
              return (
                <div key={setup.id} className="case-reply" data-setup={setup.id}>
                  <h3>{setupLabel(t, setup, modelName)}</h3>
                  {result?.error ? <p className="error-text">{t(ERROR_TEXT[result.error])}</p> : null}
                  {result && !result.error ? (
                    <>
                      <SafeMarkdown text={result.text} />
                      {result.notes ? <NotesUsedList notes={result.notes} /> : null}
                      <Measures result={result} />
                      <CorrectionForm
                        from={{
                          projectId: run.projectId,
                          system: c.system,
                          question: c.question,
                          reply: result.text,
                          model: setup.model,
                          source: 'test',
                        }}
                      />
                    </>
                  ) : null}
                </div>
              );
            })}
          </div>
        </article>
      ))}
    </details>
  );
}
