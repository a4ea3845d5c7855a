// The user's 5–20 questions (typed one per line, or picked from the project's examples), the notes to
// use and the Start button. A wrong count or a too-long question is said on the field itself, with what
// to do, before anything is sent.
import { useId, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { checkQuestions, type QuestionsProblem } from '../../../shared/domain/evidence/questions';
import { EVIDENCE_QUESTIONS } from '../../../shared/domain/evidence/types';
import type { EvidenceView } from '../../../shared/ipc/schemas/evidence';
import type { ModelNamer } from './modelName';

function problemText(t: TFunction, problem: QuestionsProblem): string {
  switch (problem.code) {
    case 'too_few':
      return t('evidence.tooFew', { min: problem.min, count: problem.count });
    case 'too_many':
      return t('evidence.tooMany', { max: problem.max, count: problem.count, extra: problem.extra });
    case 'too_long':
      return t('evidence.tooLong', { number: problem.number, max: problem.max });
  }
}

export function QuestionsForm(props: {
  view: EvidenceView;
  modelName: ModelNamer;
  initial: string;
  onStart(questions: string[], collectionId: string | null): void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const { view, onStart } = props;
  const ready = view.collections.filter((c) => c.embedded > 0);
  const [text, setText] = useState(props.initial);
  const [collectionId, setCollectionId] = useState<string | null>(ready[0]?.id ?? null);
  const [tried, setTried] = useState(false);
  const { questions, problem } = checkQuestions(text);
  const shown = tried ? problem : null;
  const add = (question: string) =>
    setText((current) => (current.trim() === '' ? question : `${current.trimEnd()}\n${question}`));
  const unpicked = view.examples.filter((q) => !questions.includes(q)).slice(0, 12);

  return (
    <form
      className="evidence-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        setTried(true);
        if (!problem) onStart(questions, collectionId);
      }}
    >
      <label htmlFor={`${id}-q`}>{t('evidence.questions')}</label>
      <p id={`${id}-help`} className="muted">
        {t('evidence.questionsHelp', { min: EVIDENCE_QUESTIONS.min, max: EVIDENCE_QUESTIONS.max })}{' '}
        {t('evidence.lineCount', { count: questions.length })}
      </p>
      <textarea
        id={`${id}-q`}
        rows={8}
        value={text}
        aria-invalid={shown ? true : undefined}
        aria-describedby={shown ? `${id}-help ${id}-problem` : `${id}-help`}
        onChange={(e) => setText(e.target.value)}
      />
      {shown ? (
        <p id={`${id}-problem`} className="field-error" role="alert">
          {problemText(t, shown)}
        </p>
      ) : null}
      {unpicked.length > 0 ? (
        <details>
          <summary>{t('evidence.pickHeading')}</summary>
          <ul className="evidence-picks">
            {unpicked.map((question) => (
              <li key={question}>
                <button
                  type="button"
                  onClick={() => add(question)}
                  aria-label={t('evidence.pickLabel', { question })}
                >
                  {t('evidence.pick')}
                </button>{' '}
                {question}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      <div className="row">
        {ready.length > 0 ? (
          <>
            <label htmlFor={`${id}-notes`}>{t('evidence.notes')}</label>
            <select
              id={`${id}-notes`}
              value={collectionId ?? ''}
              onChange={(e) => setCollectionId(e.target.value || null)}
            >
              {ready.map((c) => (
                <option key={c.id} value={c.id}>
                  {t('evidence.passages', { name: c.name, embedded: c.embedded, passages: c.passages })}
                </option>
              ))}
              <option value="">{t('evidence.withoutNotes')}</option>
            </select>
          </>
        ) : (
          <p className="muted">{t('evidence.noNotes')}</p>
        )}
      </div>
      <p className="muted" title={view.fineTunedModel ?? undefined}>
        {view.fineTunedModel
          ? t('evidence.fineTuned', { model: props.modelName(view.fineTunedModel) })
          : t('evidence.noFineTuned')}
      </p>
      <button type="submit" className="primary">
        {t('evidence.start')}
      </button>
    </form>
  );
}
