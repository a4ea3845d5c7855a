// The questionnaire: seven radio groups (native radios: arrow keys move within a group, Tab between
// groups), then the recommendation from the pure `recommend`. Focus moves to the result, or to the
// first unanswered question, so keyboard and screen-reader users land where the news is.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import {
  QUESTION_IDS,
  QUESTIONS,
  recommend,
  unansweredQuestions,
  type Answers,
  type QuestionId,
  type Recommendation,
} from '../../../../shared/domain/learn';
import { GlossaryText } from '../../../components/glossary';
import type { LearnContent } from '../content';
import { fill } from '../format';
import type { LearnRoute } from '../routes';
import { RecommendationView } from './RecommendationView';

export interface QuestionnaireProps {
  content: LearnContent;
  onNavigate: (route: LearnRoute) => void;
}

export function Questionnaire({ content, onNavigate }: QuestionnaireProps) {
  const q = content.questionnaire;
  const formId = useId();
  const [answers, setAnswers] = useState<Partial<Answers>>({});
  const [missing, setMissing] = useState<QuestionId[]>([]);
  const [result, setResult] = useState<{ rec: Recommendation; answers: Answers } | null>(null);
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    if (result) resultHeading.current?.focus();
  }, [result]);

  const radioName = (question: QuestionId) => `${formId}-${question}`;
  const focusQuestion = (question: QuestionId) => {
    const radios = formRef.current?.querySelectorAll<HTMLInputElement>('input[type="radio"]') ?? [];
    [...radios].find((r) => r.name === radioName(question))?.focus();
  };

  const choose = (question: QuestionId, option: string) => {
    setAnswers((prev) => ({ ...prev, [question]: option }));
    setMissing((prev) => prev.filter((m) => m !== question));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const open = unansweredQuestions(answers);
    if (open.length > 0) {
      setMissing(open);
      focusQuestion(open[0]!);
      return;
    }
    const complete = answers as Answers;
    setMissing([]);
    setResult({ rec: recommend(complete), answers: complete });
  };

  const startOver = () => {
    setAnswers({});
    setResult(null);
    setMissing([]);
    queueMicrotask(() => focusQuestion(QUESTION_IDS[0]!));
  };

  return (
    <div className="learn-quiz">
      <p>
        <GlossaryText text={q.intro} />
      </p>
      <form ref={formRef} onSubmit={submit} noValidate>
        {QUESTION_IDS.map((question, index) => {
          const options = QUESTIONS[question] as readonly string[];
          const labels = q.questions[question].options as Record<string, string>;
          const isMissing = missing.includes(question);
          return (
            <fieldset
              key={question}
              className="learn-quiz__question"
              data-question={question}
              data-missing={isMissing || undefined}
            >
              <legend>
                <span className="learn-quiz__number">{index + 1}.</span> {q.questions[question].label}
              </legend>
              {options.map((option) => (
                <label key={option} className="learn-quiz__option">
                  <input
                    type="radio"
                    name={radioName(question)}
                    value={option}
                    checked={answers[question] === option}
                    onChange={() => choose(question, option)}
                  />{' '}
                  {labels[option]}
                </label>
              ))}
            </fieldset>
          );
        })}
        {missing.length > 0 ? (
          <p role="alert" className="learn-error">
            {fill(q.missing, { questions: missing.map((m) => q.questions[m].label).join(' · ') })}
          </p>
        ) : null}
        <button type="submit" className="learn-button learn-button--primary">
          {q.submit}
        </button>
      </form>
      {result ? (
        <RecommendationView
          content={content}
          recommendation={result.rec}
          answers={result.answers}
          headingRef={resultHeading}
          onNavigate={onNavigate}
          onStartOver={startOver}
        />
      ) : null}
    </div>
  );
}
