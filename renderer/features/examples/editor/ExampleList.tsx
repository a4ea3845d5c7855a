// The virtualized list: only the rows in view (plus a few) exist in the page, so 100,000 examples scroll
// as smoothly as 100. It is one listbox: arrow keys, Home and End move the selection and keep it in view.
// Rows are memoized on their example: typing in one example re-renders its row only, not every row in view.
import { memo, useRef, type KeyboardEvent } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useTranslation } from 'react-i18next';
import { langFor } from '../../../components/textLang';
import type { ProjectExample, ProjectIssue } from '../../../../shared/domain/projects/types';
import { useProject } from '../state/projectStore';
import { previewText } from './rowPreview';

export const ROW_HEIGHT = 56;

interface Props {
  items: readonly ProjectExample[];
  positions: Map<string, number>;
  issues: Map<string, ProjectIssue[]>;
}

export const ExampleList = memo(function ExampleList({ items, positions, issues }: Props) {
  const { t, i18n } = useTranslation();
  const selectedId = useProject((s) => s.selectedId);
  const select = useProject((s) => s.selected);
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    initialRect: { width: 320, height: 600 },
  });
  // In the unfiltered list the position is the index; a filtered list is searched (it is usually short).
  const selectedIndex =
    items.length === positions.size
      ? (positions.get(selectedId ?? '') ?? -1)
      : items.findIndex((e) => e.id === selectedId);

  const onKeyDown = (e: KeyboardEvent) => {
    const last = items.length - 1;
    const moves: Record<string, number> = {
      ArrowDown: Math.min(last, selectedIndex + 1),
      ArrowUp: Math.max(0, selectedIndex - 1),
      Home: 0,
      End: last,
      PageDown: Math.min(last, selectedIndex + 10),
      PageUp: Math.max(0, selectedIndex - 10),
    };
    const next = moves[e.key];
    if (next === undefined || last < 0) return;
    e.preventDefault();
    const item = items[next];
    if (item) select(item.id);
    virtualizer.scrollToIndex(next, { align: 'auto' });
  };

  return (
    <div
      ref={scroller}
      className="example-list"
      role="listbox"
      tabIndex={0}
      aria-label={t('examples.editor.listLabel')}
      aria-activedescendant={selectedId ? `example-row-${selectedId}` : undefined}
      onKeyDown={onKeyDown}
      data-testid="example-list"
    >
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((row) => {
          const item = items[row.index] as ProjectExample;
          const found = issues.get(item.id);
          const worst = found?.some((i) => i.severity === 'error')
            ? 'error'
            : found?.length
              ? 'warning'
              : null;
          return (
            <ExampleRow
              key={item.id}
              item={item}
              number={(positions.get(item.id) ?? 0) + 1}
              selected={item.id === selectedId}
              worst={worst}
              issuesLabel={worst ? t('examples.editor.hasIssues', { count: found?.length ?? 0 }) : ''}
              top={row.start}
              uiLanguage={i18n.language}
              onSelect={select}
            />
          );
        })}
      </div>
    </div>
  );
});

interface RowProps {
  item: ProjectExample;
  /** 1-based position in the whole project (not in the filtered list). */
  number: number;
  selected: boolean;
  /** The most severe issue the last check found here, shown as a dot. */
  worst: 'error' | 'warning' | null;
  issuesLabel: string;
  top: number;
  /** For `lang` on example text in another language than the UI (issue 20). */
  uiLanguage: string;
  onSelect(id: string): void;
}

// Rows take their texts as props rather than calling useTranslation: scrolling far mounts a whole screen
// of new rows per frame, and each hook would subscribe to language changes on mount.
const ExampleRow = memo(function ExampleRow({
  item,
  number,
  selected,
  worst,
  issuesLabel,
  top,
  uiLanguage,
  onSelect,
}: RowProps) {
  const user = previewText(item, 'user');
  const assistant = previewText(item, 'assistant');
  return (
    <div
      id={`example-row-${item.id}`}
      role="option"
      aria-selected={selected}
      className={`example-row${selected ? ' selected' : ''}`}
      style={{
        position: 'absolute',
        top: 0,
        left: 0,
        right: 0,
        height: ROW_HEIGHT,
        transform: `translateY(${top}px)`,
      }}
      onClick={() => onSelect(item.id)}
      data-testid="example-row"
    >
      <span className="row-number">{number}</span>
      <span className="row-text">
        <span className="row-user" lang={langFor(user, uiLanguage)}>
          {user}
        </span>
        <span className="row-assistant muted" lang={langFor(assistant, uiLanguage)}>
          {assistant}
        </span>
      </span>
      {worst ? <span className={`dot dot-${worst}`} aria-label={issuesLabel} /> : null}
    </div>
  );
});
