// Each question with every approach's answer side by side and two buttons to mark it right or wrong
// (plain buttons with aria-pressed: Tab reaches them, Enter or Space presses them; pressing the chosen
// one again clears the mark). The passages a notes answer was given are named under it.
import { useTranslation } from 'react-i18next';
import type { Approach, EvidenceAnswer, EvidenceRun, Mark } from '../../../shared/domain/evidence/types';
import { ERROR_TEXT } from '../../i18n/keys';
import { APPROACH_TEXT, MARK_TEXT } from './words';

const MARKS: Mark[] = ['right', 'wrong'];

function AnswerCard(props: {
  answer: EvidenceAnswer;
  onMark(questionIndex: number, approach: Approach, mark: Mark | null): void;
}) {
  const { t } = useTranslation();
  const { answer, onMark } = props;
  const approach = t(APPROACH_TEXT[answer.approach]);
  const sources = [...new Set(answer.notes?.hits.map((h) => h.sourceName) ?? [])];
  return (
    <div className="evidence-answer" data-approach={answer.approach} data-mark={answer.mark ?? ''}>
      <h4>{approach}</h4>
      {answer.error ? (
        <p role="note">
          {t('evidence.failed')} {t(ERROR_TEXT[answer.error])}
        </p>
      ) : (
        <>
          <p className="evidence-answer__text">{answer.text}</p>
          {sources.length > 0 ? (
            <p className="muted">{t('evidence.sources', { sources: sources.join(', ') })}</p>
          ) : null}
          <div
            role="group"
            aria-label={t('evidence.markLabel', { approach, number: answer.questionIndex + 1 })}
            className="evidence-marks"
          >
            {MARKS.map((mark) => (
              <button
                key={mark}
                type="button"
                aria-pressed={answer.mark === mark}
                className={answer.mark === mark ? `mark mark--${mark}` : 'mark'}
                onClick={() =>
                  onMark(answer.questionIndex, answer.approach, answer.mark === mark ? null : mark)
                }
              >
                {t(MARK_TEXT[mark])}
              </button>
            ))}
          </div>
        </>
      )}
    </div>
  );
}

export function AnswersList(props: {
  run: EvidenceRun;
  onMark(questionIndex: number, approach: Approach, mark: Mark | null): void;
}) {
  const { t } = useTranslation();
  const { run, onMark } = props;
  return (
    <section aria-labelledby="evidence-answers" className="evidence-answers">
      <h2 id="evidence-answers">{t('evidence.answersHeading')}</h2>
      <ol>
        {run.questions.map((question, index) => (
          <li key={index} data-testid={`evidence-question-${index + 1}`}>
            <h3>{t('evidence.questionTitle', { number: index + 1, question })}</h3>
            <div className="evidence-row">
              {run.approaches.map(({ approach }) => {
                const answer = run.answers.find((a) => a.questionIndex === index && a.approach === approach);
                return answer ? (
                  <AnswerCard key={approach} answer={answer} onMark={onMark} />
                ) : (
                  <div key={approach} className="evidence-answer muted" aria-busy="true">
                    <h4>{t(APPROACH_TEXT[approach])}</h4>…
                  </div>
                );
              })}
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
