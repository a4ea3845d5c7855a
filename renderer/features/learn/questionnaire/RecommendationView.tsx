// The recommendation in words: the plan, one sentence per reason (filled with the user's own answer
// where the reason depends on it) and the next-step button.
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  Answers,
  QuestionId,
  Reason,
  ReasonCode,
  Recommendation,
} from '../../../../shared/domain/learn';
import type { LearnContent } from '../content';
import { fill } from '../format';
import type { LearnRoute } from '../routes';

/** Reasons whose `{answer}` is the label of the user's answer to this question. */
const ANSWER_SOURCE: Partial<Record<ReasonCode, QuestionId>> = {
  'facts-change-often': 'factsChange',
  'volume-pays-back': 'volume',
  'volume-low-check-cost': 'volume',
};

export function reasonText(content: LearnContent, reason: Reason, answers: Answers): string {
  const q = content.questionnaire;
  const params: Record<string, string | number> = { ...reason.params };
  const source = ANSWER_SOURCE[reason.code];
  if (source) params.answer = (q.questions[source].options as Record<string, string>)[answers[source]] ?? '';
  return fill(q.reasons[reason.code], params);
}

export interface RecommendationViewProps {
  content: LearnContent;
  recommendation: Recommendation;
  answers: Answers;
  headingRef: Ref<HTMLHeadingElement>;
  onNavigate: (route: LearnRoute) => void;
  onStartOver: () => void;
}

export function RecommendationView(props: RecommendationViewProps) {
  const { content, recommendation: rec, answers, headingRef, onNavigate, onStartOver } = props;
  const q = content.questionnaire;
  const next = q.next[rec.next.action];
  // "Decide with evidence" (issue 16 §5) words itself from the app's locale files, not Learn's content.
  const { t } = useTranslation();
  // The plan sits inside the sentence where the language puts it ("Start with {plan}", "建議做法：{plan}").
  const [planBefore = '', planAfter = ''] = q.planLabel.split('{plan}');
  return (
    <section className="learn-result" aria-labelledby="learn-result-title" data-plan={rec.plan.join('+')}>
      <h3 id="learn-result-title" ref={headingRef} tabIndex={-1}>
        {q.resultHeading}
      </h3>
      <p className="learn-result__plan">
        {planBefore}
        <strong>{rec.plan.map((a) => q.approaches[a]).join(q.then)}</strong>
        {planAfter}
      </p>
      <h4>{q.reasonsHeading}</h4>
      <ul className="learn-result__reasons">
        {rec.reasons.map((reason) => (
          <li key={reason.code} data-reason={reason.code}>
            {reasonText(content, reason, answers)}
          </li>
        ))}
      </ul>
      <p>{next.text}</p>
      <div className="learn-result__actions">
        <button
          type="button"
          className="learn-button learn-button--primary"
          onClick={() => onNavigate(rec.next.route)}
        >
          {next.button}
        </button>
        <button type="button" className="learn-button" onClick={onStartOver}>
          {q.startOver}
        </button>
      </div>
      <p className="learn-result__evidence">
        {t('evidence.fromLearnHint')}{' '}
        <button type="button" className="learn-button" onClick={() => onNavigate('evidence')}>
          {t('evidence.fromLearn')}
        </button>
      </p>
    </section>
  );
}
