// One set-up's settings: kind, model (grouped fine-tuned / checkpoints / base, shown by friendly name with
// the full id on demand), system prompt, few-shot count, temperature and maximum reply length.
// Controlled: every change goes back as a whole Setup. Every field keeps its natural height, whatever
// the height of the conversation beside it (try.css: the grid never stretches its rows).
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Setup, SetupKind } from '../../../shared/domain/tryout/types';
import type { TryModel } from '../../../shared/ipc/schemas/tryout';
import { Term } from '../../components/glossary';
import { TRY_KIND_TEXT } from '../../i18n/keys';
import { CopyButton } from './CopyButton';
import { useModelLabel } from './modelLabel';
import { NotesCollectionPicker } from '../notes';
import { useTry } from './store';

const KINDS: SetupKind[] = ['fine-tuned', 'base', 'few-shot', 'notes'];

export function ModelOptions({ models }: { models: TryModel[] }) {
  const { t } = useTranslation();
  const label = useModelLabel();
  // Issue 16 §6: a model that retires says so in its name, so a set-up is not built on it unawares.
  const text = (m: TryModel) =>
    m.retiresOn ? t('chatCatalog.retires', { name: label(m.id), date: m.retiresOn }) : label(m.id);
  const group = (name: string, list: TryModel[]) =>
    list.length === 0 ? null : (
      <optgroup label={name}>
        {list.map((m) => (
          <option key={m.id} value={m.id} title={m.id}>
            {text(m)}
          </option>
        ))}
      </optgroup>
    );
  const chatOnly = (m: TryModel) => !m.fineTuned && m.fineTunable === false;
  return (
    <>
      {group(
        t('try.setup.fineTuned'),
        models.filter((m) => m.fineTuned && !m.checkpoint),
      )}
      {group(
        t('try.setup.checkpoints'),
        models.filter((m) => m.checkpoint),
      )}
      {group(
        t('try.setup.base'),
        models.filter((m) => !m.fineTuned && !chatOnly(m)),
      )}
      {group(t('chatCatalog.chatOnly'), models.filter(chatOnly))}
    </>
  );
}

/** The full provider id, on request, to read or copy (the select shows the friendly name). */
function ModelId({ model, id }: { model: string; id: string }) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(false);
  return (
    <div className="model-id">
      <button
        type="button"
        className="link-button"
        aria-expanded={shown}
        aria-controls={`${id}-full`}
        onClick={() => setShown(!shown)}
      >
        {shown ? t('try.model.hideId') : t('try.model.showId')}
      </button>
      <div id={`${id}-full`} hidden={!shown} className="model-id-full">
        <code data-testid="model-id">{model}</code>
        <CopyButton text={model} />
      </div>
    </div>
  );
}

export function SetupEditor({
  setup,
  models,
  onChange,
}: {
  setup: Setup;
  models: TryModel[];
  onChange(next: Setup): void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const label = useModelLabel();
  const edit = (patch: Partial<Setup>) => onChange({ ...setup, ...patch });
  const projectId = useTry((s) => s.projectId);
  return (
    <fieldset className="setup" data-testid={`setup-${setup.id}`}>
      <legend>
        {t('try.setup.title', { name: setup.id.toUpperCase() })} · {t(TRY_KIND_TEXT[setup.kind])}
      </legend>
      <label htmlFor={`${id}-kind`}>{t('try.setup.kind')}</label>
      <select
        id={`${id}-kind`}
        value={setup.kind}
        title={t(TRY_KIND_TEXT[setup.kind])}
        onChange={(e) =>
          edit({
            kind: e.target.value as SetupKind,
            fewShotCount: e.target.value === 'few-shot' ? Math.max(1, setup.fewShotCount || 3) : 0,
          })
        }
      >
        {KINDS.map((k) => (
          <option key={k} value={k}>
            {t(TRY_KIND_TEXT[k])}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-model`}>{t('try.setup.model')}</label>
      <div className="field">
        <select
          id={`${id}-model`}
          value={setup.model}
          title={setup.model}
          data-label={label(setup.model)}
          onChange={(e) => edit({ model: e.target.value })}
        >
          <ModelOptions models={models} />
        </select>
        <ModelId model={setup.model} id={`${id}-model`} />
      </div>
      <label htmlFor={`${id}-system`}>{t('try.setup.systemPrompt')}</label>
      <textarea
        id={`${id}-system`}
        rows={3}
        value={setup.systemPrompt}
        onChange={(e) => edit({ systemPrompt: e.target.value })}
      />
      {setup.kind === 'few-shot' ? (
        <>
          <label htmlFor={`${id}-shots`}>{t('try.setup.fewShot')}</label>
          <div className="field">
            <input
              id={`${id}-shots`}
              type="number"
              min={1}
              max={50}
              value={setup.fewShotCount}
              aria-describedby={`${id}-shots-hint`}
              onChange={(e) => edit({ fewShotCount: Math.min(50, Math.max(1, Number(e.target.value) || 1)) })}
            />
            <small id={`${id}-shots-hint`} className="muted">
              <Term id="few-shot" />: {t('try.setup.fewShotHint')}
            </small>
          </div>
        </>
      ) : null}
      {setup.kind === 'notes' ? (
        <NotesCollectionPicker
          projectId={projectId}
          value={setup.notesCollectionId ?? null}
          onChange={(notesCollectionId) => edit({ notesCollectionId })}
        />
      ) : null}
      <label htmlFor={`${id}-temp`}>{t('try.setup.temperature')}</label>
      <div className="field">
        <input
          id={`${id}-temp`}
          type="number"
          min={0}
          max={2}
          step={0.1}
          value={setup.temperature}
          aria-describedby={`${id}-temp-hint`}
          onChange={(e) => edit({ temperature: Math.min(2, Math.max(0, Number(e.target.value) || 0)) })}
        />
        <small id={`${id}-temp-hint`} className="muted">
          <Term id="temperature" />: {t('try.setup.temperatureHint')}
        </small>
      </div>
      <label htmlFor={`${id}-max`}>{t('try.setup.maxTokens')}</label>
      <div className="field">
        <input
          id={`${id}-max`}
          type="number"
          min={1}
          max={32768}
          value={setup.maxTokens ?? ''}
          aria-describedby={`${id}-max-hint`}
          onChange={(e) =>
            edit({
              maxTokens:
                e.target.value === ''
                  ? null
                  : Math.min(32768, Math.max(1, Math.round(Number(e.target.value)) || 1)),
            })
          }
        />
        <small id={`${id}-max-hint`} className="muted">
          {t('try.setup.maxTokensHint')}
        </small>
      </div>
    </fieldset>
  );
}
