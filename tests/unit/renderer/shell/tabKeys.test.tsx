import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { moveTabByKey } from '../../../../renderer/components/tabKeys';

const TABS = ['chat', 'compare', 'test'] as const;
type Tab = (typeof TABS)[number];

function TabList() {
  const [tab, setTab] = useState<Tab>('chat');
  return (
    <div role="tablist">
      {TABS.map((name) => (
        <button
          key={name}
          id={`t-${name}`}
          role="tab"
          aria-selected={tab === name}
          tabIndex={tab === name ? 0 : -1}
          onKeyDown={(e) => moveTabByKey(e, TABS, tab, setTab, (t) => `t-${t}`)}
        >
          {name}
        </button>
      ))}
    </div>
  );
}

describe('moveTabByKey', () => {
  it('moves selection and focus with arrows (wrapping), Home and End', () => {
    render(<TabList />);
    const tab = (name: string) => screen.getByRole('tab', { name });
    tab('chat').focus();
    fireEvent.keyDown(tab('chat'), { key: 'ArrowRight' });
    expect(tab('compare').getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(tab('compare'));
    fireEvent.keyDown(tab('compare'), { key: 'End' });
    expect(document.activeElement).toBe(tab('test'));
    fireEvent.keyDown(tab('test'), { key: 'ArrowRight' });
    expect(document.activeElement).toBe(tab('chat'));
    fireEvent.keyDown(tab('chat'), { key: 'ArrowLeft' });
    expect(document.activeElement).toBe(tab('test'));
    fireEvent.keyDown(tab('test'), { key: 'Home' });
    expect(tab('chat').getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(tab('chat'), { key: 'a' });
    expect(tab('chat').getAttribute('aria-selected')).toBe('true');
  });
});
