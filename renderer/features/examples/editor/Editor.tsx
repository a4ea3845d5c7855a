// The Examples tab: search and issue filter above a virtualized list on the left, the selected example's
// conversation on the right, and "apply one system prompt to all" below. Memoized: it takes no props, so
// the workspace re-rendering (e.g. the save state flipping to "saving" and back on every keystroke) does
// not re-render the list and the conversation.
import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ALL_ISSUE_CODES, type IssueCode } from '../../../../shared/domain/dataset/codes';
import { newExampleId } from '../../../../shared/domain/projects/patch';
import { useProject } from '../state/projectStore';
import { ISSUE_TEXT } from '../checks/issueText';
import { ConversationEditor } from './ConversationEditor';
import { ExampleList } from './ExampleList';
import { SystemPromptAll } from './SystemPromptAll';
import { useFilteredExamples, useIssuesByExample, type IssueFilter } from './useFilteredExamples';

export const Editor = memo(function Editor() {
  const { t } = useTranslation();
  const examples = useProject((s) => s.examples);
  const selectedId = useProject((s) => s.selectedId);
  const counts = useProject((s) => s.meta?.report?.counts);
  const [query, setQuery] = useState('');
  const [filter, setFilter] = useState<IssueFilter>('all');
  const issues = useIssuesByExample();
  const items = useFilteredExamples(query, filter, issues);
  const positions = useProject((s) => s.positions);
  const at = selectedId ? positions.get(selectedId) : undefined;
  const selected = at === undefined ? undefined : examples[at];
  const presentCodes = ALL_ISSUE_CODES.filter((code) => (counts?.[code] ?? 0) > 0);

  const addExample = () => {
    const id = newExampleId();
    useProject.getState().edit({
      insert: [
        {
          index: examples.length,
          example: {
            id,
            provenance: 'added',
            split: 'train',
            example: {
              messages: [
                { role: 'user', content: '' },
                { role: 'assistant', content: '' },
              ],
            },
          },
        },
      ],
    });
    useProject.getState().selected(id);
  };

  return (
    <div className="editor">
      <div className="editor-list">
        <div className="row">
          <label className="grow">
            <span className="visually-hidden">{t('examples.editor.search')}</span>
            <input
              type="search"
              placeholder={t('examples.editor.search')}
              value={query}
              onChange={(e) => setQuery(e.target.value)}
            />
          </label>
          <label>
            {t('examples.editor.filter')}{' '}
            <select
              value={filter}
              onChange={(e) => setFilter(e.target.value as IssueFilter)}
              data-testid="issue-filter"
            >
              <option value="all">{t('examples.editor.filterAll')}</option>
              <option value="any">{t('examples.editor.filterAny')}</option>
              {presentCodes.map((code: IssueCode) => (
                <option key={code} value={code}>
                  {t(ISSUE_TEXT[code].title)} ({counts?.[code]})
                </option>
              ))}
            </select>
          </label>
        </div>
        <p className="muted" role="status">
          {t('examples.editor.count', { shown: items.length, total: examples.length })}
        </p>
        {items.length === 0 ? (
          <p>{t('examples.editor.empty')}</p>
        ) : (
          <ExampleList items={items} positions={positions} issues={issues} />
        )}
        <button type="button" onClick={addExample}>
          {t('examples.editor.addExample')}
        </button>
      </div>
      <div className="editor-detail">
        {selected ? (
          <ConversationEditor
            item={selected}
            position={(at ?? 0) + 1}
            issues={issues.get(selected.id) ?? []}
          />
        ) : (
          <p className="muted">{t('examples.editor.noSelection')}</p>
        )}
        <SystemPromptAll />
      </div>
    </div>
  );
});
