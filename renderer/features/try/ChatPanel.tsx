// Chat with one set-up: streamed replies, Stop, Copy, correction, and conversations saved per project in
// main (the list below reloads from main after each reply, so what is shown is what was saved).
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Setup } from '../../../shared/domain/tryout/types';
import type { IpcError } from '../../../shared/ipc/errors';
import type { Conversation } from '../../../shared/ipc/schemas/tryout';
import { ErrorMessage } from '../../components/ErrorMessage';
import { focusIsLost } from '../../components/focus';
import { langFor } from '../../components/textLang';
import { SafeMarkdown } from '../../components/SafeMarkdown';
import { request } from '../../ipc/client';
import { CopyButton } from './CopyButton';
import { CorrectionForm } from './CorrectionForm';
import { NotesUsedList } from '../notes';
import { ReplyCard } from './ReplyCard';
import { useModelLabel } from './modelLabel';
import { SetupEditor } from './SetupEditor';
import { SetupPanel } from './SetupPanel';
import { refreshProject, useTry } from './store';

export function ChatPanel({ projectId, initial }: { projectId: string; initial: Setup }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const modelName = useModelLabel();
  const models = useTry((s) => s.overview?.models ?? []);
  const conversations = useTry((s) => s.project?.conversations ?? []);
  const [setup, setSetup] = useState<Setup>(initial);
  const [conversationId, setConversationId] = useState<string | null>(null);
  const [shown, setShown] = useState<Conversation | null>(null);
  const [live, setLive] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const liveRun = useTry((s) => (live ? s.runs[live] : undefined));
  const startRun = useTry((s) => s.runStarted);
  const [error, setError] = useState<IpcError | null>(null);
  // Send is replaced by Stop while a reply streams, and Stop by Send after it: the message box keeps
  // the user's place instead of <body> (issue 20).
  const messageRef = useRef<HTMLTextAreaElement>(null);

  // Once the reply is saved, show the saved conversation instead of the live stream.
  useEffect(() => {
    if (!live || !liveRun?.done) return;
    void refreshProject().then(() => {
      const saved = useTry.getState().project?.conversations.find((c) => c.id === conversationId) ?? null;
      setShown(saved);
      setLive(null);
      if (focusIsLost()) messageRef.current?.focus();
    });
  }, [live, liveRun?.done, conversationId]);

  const send = async () => {
    const text = message.trim();
    if (!text || live) return;
    const result = await request('tryout.chatSend', { projectId, conversationId, setup, text });
    if (!result.ok) return setError(result.error);
    setError(null);
    startRun(result.data.runId);
    setConversationId(result.data.conversation.id);
    setShown(result.data.conversation);
    setLive(result.data.runId);
    setMessage('');
    messageRef.current?.focus();
  };
  const open = (idChosen: string) => {
    const found = conversations.find((c) => c.id === idChosen) ?? null;
    setConversationId(found?.id ?? null);
    setShown(found);
    if (found) setSetup(found.setup);
  };
  const remove = async () => {
    if (!conversationId) return;
    await request('tryout.conversationDelete', { projectId, conversationId });
    await refreshProject();
    open('');
  };
  const lastQuestion = (index: number) =>
    shown?.messages
      .slice(0, index)
      .filter((m) => m.role === 'user')
      .at(-1)?.content ?? '';

  return (
    <section className="chat" aria-label={t('try.tabs.chat')}>
      <SetupPanel summary={modelName(setup.model)}>
        <SetupEditor setup={setup} models={models} onChange={setSetup} />
      </SetupPanel>
      <div className="chat-main" data-testid="chat-main">
        <div className="row">
          <label htmlFor={`${id}-conv`}>{t('try.chat.conversations')}</label>
          <select
            id={`${id}-conv`}
            value={conversationId ?? ''}
            onChange={(e) => open(e.target.value)}
            disabled={live !== null}
          >
            <option value="">{t('try.chat.newConversation')}</option>
            {conversations.map((c) => (
              <option key={c.id} value={c.id} title={c.messages[0]?.content ?? ''}>
                {(c.messages[0]?.content ?? '').slice(0, 60)}
              </option>
            ))}
          </select>
          {conversationId ? (
            <button type="button" onClick={() => void remove()} disabled={live !== null}>
              {t('try.chat.delete')}
            </button>
          ) : null}
        </div>
        {/* A log: each finished message is read once; busy while a reply streams in (issue 20). */}
        <div role="log" aria-label={t('a11y.chatLog')} aria-busy={live !== null}>
          <ol className="messages" data-testid="messages">
            {(shown?.messages ?? []).length === 0 && !live ? (
              <li className="muted">{t('try.chat.empty')}</li>
            ) : null}
            {(shown?.messages ?? []).map((m, i) => (
              <li key={i} className={`message ${m.role}`} data-role={m.role}>
                {m.role === 'user' ? (
                  <>
                    <strong className="speaker">{t('try.chat.you')}</strong>
                    <p className="plain" lang={langFor(m.content, i18n.language)}>
                      {m.content}
                    </p>
                  </>
                ) : (
                  <>
                    <strong className="speaker" title={m.model}>
                      {m.model ? modelName(m.model) : t('try.chat.assistant')}
                    </strong>
                    <SafeMarkdown text={m.content} />
                    {m.stopped ? <p className="muted">{t('try.chat.stopped')}</p> : null}
                    {m.notes ? <NotesUsedList notes={m.notes} /> : null}
                    <div className="reply-actions">
                      <CopyButton text={m.content} />
                      <CorrectionForm
                        from={{
                          projectId,
                          system: setup.systemPrompt || null,
                          question: lastQuestion(i),
                          reply: m.content,
                          model: m.model ?? setup.model,
                          source: 'chat',
                        }}
                      />
                    </div>
                  </>
                )}
              </li>
            ))}
            {live ? (
              <li className="message assistant" data-role="assistant">
                <strong className="speaker" title={setup.model}>
                  {modelName(setup.model)}
                </strong>
                <ReplyCard runId={live} correction={null} />
              </li>
            ) : null}
          </ol>
        </div>
        {error ? <ErrorMessage error={error} /> : null}
        <form
          className="composer"
          onSubmit={(e) => {
            e.preventDefault();
            void send();
          }}
        >
          <label htmlFor={`${id}-msg`}>{t('try.chat.message')}</label>
          <textarea
            id={`${id}-msg`}
            ref={messageRef}
            rows={3}
            value={message}
            onChange={(e) => setMessage(e.target.value)}
          />
          {live ? (
            <button type="button" onClick={() => void request('tryout.stop', { runId: live })}>
              {t('try.chat.stop')}
            </button>
          ) : (
            <button type="submit" className="primary" disabled={message.trim() === ''}>
              {t('try.chat.send')}
            </button>
          )}
        </form>
      </div>
    </section>
  );
}
